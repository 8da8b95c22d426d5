//! The views of the simulators in `sim/`.

pub mod dasar;
mod dasar_pointers;
pub mod dokumen;
pub mod email;
pub mod kinerja;
mod parts;
pub mod pointer;
pub mod presensi;
pub mod srikandi;
pub mod tools;
