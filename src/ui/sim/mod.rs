//! The views of the simulators in `sim/`.

pub mod dasar;
pub mod email;
mod parts;
pub mod presensi;
