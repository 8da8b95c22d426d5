// On Windows, a window program: started from the Start menu it opens no console window
// beside Tuntun. The commands have their own console program, `tuntun-cli` (src/bin).
#![cfg_attr(windows, windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    tuntun::entry::main(true)
}
