//! The printed reports (filled in next).
