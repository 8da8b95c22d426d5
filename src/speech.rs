//! Read-aloud ("Bacakan"), offline, with a voice the computer has.
//!
//! Tuntun does not bundle a voice. It uses espeak-ng where installed (a small package:
//! `apt install espeak-ng`; on Windows its installer), which has an Indonesian voice. On
//! Windows without espeak-ng it uses the voices Windows has, through PowerShell: the
//! Windows 10/11 speech voices (Indonesian is "Microsoft Andika", added with the Indonesian
//! speech pack), else the older SAPI voices. Whether Windows has a voice for the language is
//! found out in the background at start; until a voice is known to be missing, "Bacakan"
//! speaks, and once it is, the GUI explains how to add one. Without any of these the GUI
//! shows no "Bacakan" button.
//!
//! Speaking runs as a child process, so the window never waits for it; a new text stops the
//! one still being spoken.
//!
//! Only how the voice program is found and started differs between systems (espeak-ng on
//! Linux, PowerShell's speech on Windows); the other platform-specific corners are `paths`,
//! `places` and `instance`.

use crate::i18n::Lang;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

/// Words per minute: slower than espeak-ng's 175, for listeners who read slowly.
const SPEED: &str = "140";

/// Speaks `$env:TUNTUN_SAY` in the language `$env:TUNTUN_LANG` (`id`, `en`) with a Windows
/// voice, a little slower than normal; exits 3 when Windows has no voice for it. With
/// `$env:TUNTUN_LIST` set it only prints the languages of the voices it has. Windows 10/11
/// voices (WinRT) first, SAPI voices after. Passed as `-EncodedCommand` (no quoting to get
/// wrong); the text travels in the environment.
const WINDOWS_SCRIPT: &str = r#"
$ErrorActionPreference = 'Stop'
$langs = @(); $winrt = $null
try {
  $null = [Windows.Media.SpeechSynthesis.SpeechSynthesizer, Windows.Media.SpeechSynthesis, ContentType = WindowsRuntime]
  $winrt = [Windows.Media.SpeechSynthesis.SpeechSynthesizer]::AllVoices
  $langs += $winrt | ForEach-Object { $_.Language }
} catch {}
Add-Type -AssemblyName System.Speech
$sapi = New-Object System.Speech.Synthesis.SpeechSynthesizer
$langs += $sapi.GetInstalledVoices() | ForEach-Object { $_.VoiceInfo.Culture.Name }
if ($env:TUNTUN_LIST) { $langs | ForEach-Object { Write-Output $_ }; exit 0 }
$want = $env:TUNTUN_LANG + '*'
$voice = $winrt | Where-Object { $_.Language -like $want } | Select-Object -First 1
if ($voice) {
  Add-Type -AssemblyName System.Runtime.WindowsRuntime
  $synth = New-Object Windows.Media.SpeechSynthesis.SpeechSynthesizer
  $synth.Voice = $voice
  $synth.Options.SpeakingRate = 0.85
  $op = $synth.SynthesizeTextToStreamAsync($env:TUNTUN_SAY)
  $as = [System.WindowsRuntimeSystemExtensions].GetMethods() | Where-Object { $_.Name -eq 'AsTask' -and $_.GetParameters().Count -eq 1 -and $_.GetParameters()[0].ParameterType.Name -eq 'IAsyncOperation`1' } | Select-Object -First 1
  $task = $as.MakeGenericMethod([Windows.Media.SpeechSynthesis.SpeechSynthesisStream]).Invoke($null, @($op))
  $stream = [System.IO.WindowsRuntimeStreamExtensions]::AsStreamForRead($task.Result)
  $player = New-Object System.Media.SoundPlayer($stream)
  $player.PlaySync()
  exit 0
}
$old = $sapi.GetInstalledVoices() | Where-Object { $_.VoiceInfo.Culture.Name -like $want } | Select-Object -First 1
if (-not $old) { exit 3 }
$sapi.SelectVoice($old.VoiceInfo.Name)
$sapi.Rate = -2
$sapi.Speak($env:TUNTUN_SAY)
"#;

#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error("the voice program could not be started: {0}")]
    Start(std::io::Error),
    #[error("the voice program failed: {0}")]
    Failed(String),
}

/// A way to speak: espeak-ng, or the voices of Windows through PowerShell.
#[derive(Debug, Clone)]
pub struct Voice {
    program: PathBuf,
    kind: Kind,
}

#[derive(Debug, Clone)]
enum Kind {
    Espeak,
    /// The languages of the voices Windows has (`id-ID`, `en-US` …), once known.
    Windows(Arc<Mutex<Option<Vec<String>>>>),
}

impl PartialEq for Voice {
    fn eq(&self, other: &Self) -> bool {
        self.program == other.program
    }
}

/// What is being spoken now; dropping it stops the speech.
#[derive(Debug)]
pub struct Speaking(Child);

impl Drop for Speaking {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Voice {
    /// espeak-ng from `PATH` (and, on Windows, its default install folder); on Windows
    /// without it, the voices of Windows (and their languages are looked up in the
    /// background).
    pub fn find() -> Option<Voice> {
        let dirs: Vec<PathBuf> = std::env::var_os("PATH")
            .map(|p| std::env::split_paths(&p).collect())
            .unwrap_or_default();
        let system_root = std::env::var_os("SystemRoot").map(PathBuf::from);
        match choose(&dirs, cfg!(windows), system_root.as_deref())? {
            Choice::Espeak(program) => Some(Voice {
                program,
                kind: Kind::Espeak,
            }),
            Choice::WindowsVoices(program) => {
                let voice = Voice {
                    program,
                    kind: Kind::Windows(Arc::new(Mutex::new(None))),
                };
                voice.look_up_languages();
                Some(voice)
            }
        }
    }

    /// The voices of Windows through `powershell`, whose languages are already known to be
    /// `languages` (`id-ID`, `en-US` …): what [`Voice::find`] gives on Windows once its
    /// look-up has finished. For tests of what the window does with such a voice.
    #[doc(hidden)]
    pub fn windows_with_languages(powershell: PathBuf, languages: Vec<String>) -> Voice {
        Voice {
            program: powershell,
            kind: Kind::Windows(Arc::new(Mutex::new(Some(languages)))),
        }
    }

    /// Whether the computer is known to have no voice for `lang` (only ever true for the
    /// voices of Windows, once they have been looked up).
    pub fn lacks(&self, lang: Lang) -> bool {
        match &self.kind {
            Kind::Espeak => false,
            Kind::Windows(langs) => langs.lock().ok().and_then(|l| l.clone()).is_some_and(|l| {
                !l.iter()
                    .any(|x| x.to_ascii_lowercase().starts_with(voice_name(lang)))
            }),
        }
    }

    /// Asks Windows, in a background thread, which languages its voices speak.
    fn look_up_languages(&self) {
        let Kind::Windows(langs) = &self.kind else {
            return;
        };
        let langs = Arc::clone(langs);
        let mut command = self.windows_command(Lang::Id, "");
        command.env("TUNTUN_LIST", "1").stdout(Stdio::piped());
        std::thread::spawn(move || {
            let Ok(out) = command.output() else { return };
            let found: Vec<String> = String::from_utf8_lossy(&out.stdout)
                .lines()
                .map(|l| l.trim().to_owned())
                .filter(|l| !l.is_empty())
                .collect();
            if let Ok(mut l) = langs.lock() {
                *l = Some(found);
            }
        });
    }

    fn windows_command(&self, lang: Lang, text: &str) -> Command {
        let mut c = Command::new(&self.program);
        c.args([
            "-NoProfile",
            "-NonInteractive",
            "-ExecutionPolicy",
            "Bypass",
            "-EncodedCommand",
        ])
        .arg(encoded_command(WINDOWS_SCRIPT))
        .env("TUNTUN_SAY", text)
        .env("TUNTUN_LANG", voice_name(lang))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        without_console(&mut c);
        c
    }

    fn command(&self, lang: Lang, text: &str) -> Command {
        if matches!(self.kind, Kind::Windows(_)) {
            return self.windows_command(lang, text);
        }
        let mut c = Command::new(&self.program);
        c.args(["-v", voice_name(lang), "-s", SPEED])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        without_console(&mut c);
        c
    }

    /// Starts speaking `text` and returns at once.
    pub fn speak(&self, text: &str, lang: Lang) -> Result<Speaking, SpeechError> {
        let mut command = self.command(lang, text);
        if matches!(self.kind, Kind::Espeak) {
            command.arg("--").arg(text);
        }
        let child = command.spawn().map_err(SpeechError::Start)?;
        Ok(Speaking(child))
    }

    /// Speaks `text` into a WAV file and waits (espeak-ng; for tests and for checking a
    /// voice works).
    pub fn to_wav(&self, text: &str, lang: Lang, path: &Path) -> Result<(), SpeechError> {
        let status = self
            .command(lang, text)
            .arg("-w")
            .arg(path)
            .arg("--")
            .arg(text)
            .status()
            .map_err(SpeechError::Start)?;
        if status.success() {
            Ok(())
        } else {
            Err(SpeechError::Failed(status.to_string()))
        }
    }
}

/// The voice program [`choose`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Choice {
    Espeak(PathBuf),
    /// PowerShell, which speaks with the voices of Windows.
    WindowsVoices(PathBuf),
}

/// Which voice program to use: espeak-ng from `dirs` (on Windows also from its default
/// install folder) wherever it is installed; else, on Windows, PowerShell from `dirs` or from
/// `system_root`'s System32; else none (then the GUI shows no "Bacakan").
fn choose(dirs: &[PathBuf], windows: bool, system_root: Option<&Path>) -> Option<Choice> {
    let exe = |name: &str| {
        if windows {
            format!("{name}.exe")
        } else {
            name.to_owned()
        }
    };
    let mut dirs = dirs.to_vec();
    if windows {
        dirs.push(PathBuf::from(r"C:\Program Files\eSpeak NG"));
    }
    let find = |name: &str| dirs.iter().map(|d| d.join(exe(name))).find(|p| p.is_file());
    if let Some(program) = find("espeak-ng") {
        return Some(Choice::Espeak(program));
    }
    if !windows {
        return None;
    }
    find("powershell")
        .or_else(|| {
            let p = system_root?
                .join("System32")
                .join("WindowsPowerShell")
                .join("v1.0")
                .join("powershell.exe");
            p.is_file().then_some(p)
        })
        .map(Choice::WindowsVoices)
}

/// On Windows, starts a console program (espeak-ng, PowerShell) without a console window of
/// its own: Tuntun is a window program, so Windows would otherwise open a black window beside
/// it for every sentence read aloud.
fn without_console(c: &mut Command) {
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        const CREATE_NO_WINDOW: u32 = 0x0800_0000;
        c.creation_flags(CREATE_NO_WINDOW);
    }
    #[cfg(not(windows))]
    let _ = c;
}

/// PowerShell's `-EncodedCommand`: the script in UTF-16LE, in base64.
fn encoded_command(script: &str) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let bytes: Vec<u8> = script.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn voice_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "id",
        Lang::En => "en",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_windows_script_is_encoded_as_powershell_expects() {
        // "a" in UTF-16LE is 61 00: base64 "YQA="; "ab" is 61 00 62 00: "YQBiAA==".
        assert_eq!(encoded_command("a"), "YQA=");
        assert_eq!(encoded_command("ab"), "YQBiAA==");
        assert_eq!(encoded_command("abc"), "YQBiAGMA");
    }

    #[test]
    fn a_missing_windows_voice_is_known_only_once_looked_up() {
        let langs = Arc::new(Mutex::new(None));
        let voice = Voice {
            program: PathBuf::from("powershell.exe"),
            kind: Kind::Windows(Arc::clone(&langs)),
        };
        assert!(!voice.lacks(Lang::Id), "unknown yet: try to speak");
        *langs.lock().expect("lock") = Some(vec!["en-US".to_owned()]);
        assert!(voice.lacks(Lang::Id), "no Indonesian voice");
        assert!(!voice.lacks(Lang::En));
        *langs.lock().expect("lock") = Some(vec!["en-US".to_owned(), "id-ID".to_owned()]);
        assert!(!voice.lacks(Lang::Id), "Microsoft Andika added");
    }

    #[test]
    fn espeak_ng_is_chosen_wherever_it_is_else_the_voices_of_windows() {
        let dir = tempfile::tempdir().expect("temp dir");
        let bin = dir.path().join("bin");
        let root = dir.path().join("Windows");
        let ps_dir = root.join("System32").join("WindowsPowerShell").join("v1.0");
        std::fs::create_dir_all(&bin).expect("bin");
        std::fs::create_dir_all(&ps_dir).expect("ps");
        let dirs = [bin.clone()];
        // Nothing installed: no voice on Linux, none on Windows without PowerShell either.
        assert_eq!(choose(&dirs, false, None), None);
        assert_eq!(choose(&dirs, true, Some(&root)), None);
        // Windows: PowerShell in System32 (not on PATH) speaks with the voices of Windows.
        let ps = ps_dir.join("powershell.exe");
        std::fs::write(&ps, "").expect("ps");
        assert_eq!(
            choose(&dirs, true, Some(&root)),
            Some(Choice::WindowsVoices(ps.clone()))
        );
        // Linux has no voices of Windows.
        assert_eq!(choose(&dirs, false, Some(&root)), None);
        // espeak-ng, once installed, comes first, as `espeak-ng.exe` on Windows.
        std::fs::write(bin.join("espeak-ng.exe"), "").expect("espeak");
        assert_eq!(
            choose(&dirs, true, Some(&root)),
            Some(Choice::Espeak(bin.join("espeak-ng.exe")))
        );
        assert_eq!(choose(&dirs, false, None), None, "Linux wants `espeak-ng`");
        std::fs::write(bin.join("espeak-ng"), "").expect("espeak");
        assert_eq!(
            choose(&dirs, false, None),
            Some(Choice::Espeak(bin.join("espeak-ng")))
        );
        // A folder named like the program is not the program.
        let other = dir.path().join("other");
        std::fs::create_dir_all(other.join("espeak-ng")).expect("dir");
        assert_eq!(choose(&[other], false, None), None);
    }

    #[test]
    fn speaks_indonesian_into_a_wav_file() {
        let Some(voice) = Voice::find() else {
            // A developer laptop may lack it; CI installs it, and there it must be found.
            assert!(
                std::env::var_os("CI").is_none(),
                "CI must install espeak-ng (see .ci/run)"
            );
            return;
        };
        let dir = tempfile::tempdir().expect("temp dir");
        let wav = dir.path().join("langkah.wav");
        voice
            .to_wav("Klik Tulis untuk menulis pesan baru.", Lang::Id, &wav)
            .expect("espeak-ng speaks");
        let bytes = std::fs::read(&wav).expect("the WAV file");
        assert!(bytes.starts_with(b"RIFF"), "a WAV file");
        assert!(
            bytes.len() > 10_000,
            "with sound in it: {} bytes",
            bytes.len()
        );
    }

    #[test]
    fn speaking_starts_a_process_that_stops_when_dropped() {
        let Some(voice) = Voice::find() else {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI must install espeak-ng"
            );
            return;
        };
        let long = "Ini kalimat yang panjang sekali. ".repeat(40);
        let speaking = voice.speak(&long, Lang::Id).expect("spawn");
        drop(speaking); // killed and reaped: no process left behind
    }
}
