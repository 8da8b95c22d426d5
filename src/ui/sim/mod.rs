//! The views of the simulators in `sim/`.

pub mod dasar;
pub mod dokumen;
pub mod email;
pub mod kinerja;
mod parts;
pub mod presensi;
pub mod srikandi;
