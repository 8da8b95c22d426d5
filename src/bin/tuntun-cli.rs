//! `tuntun-cli`: Tuntun's commands (`import`, `export`, `backup`, `report` …) as a console
//! program. On Windows `tuntun.exe` is a window program, which cmd and PowerShell neither wait
//! for nor give a console; IT staff and scripts use `tuntun-cli.exe` instead.

fn main() -> std::process::ExitCode {
    tuntun::entry::main(false)
}
