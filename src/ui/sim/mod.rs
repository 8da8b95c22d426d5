//! The views of the simulators in `sim/`.

pub mod dasar;
mod dasar_pointers;
pub mod dokumen;
pub mod email;
mod parts;
pub mod pointer;
pub mod presensi;
