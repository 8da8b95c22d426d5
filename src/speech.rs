//! Read-aloud ("Bacakan") with espeak-ng, offline, when it is installed.
//!
//! Tuntun does not bundle a voice: espeak-ng is a small system package (`apt install
//! espeak-ng`; on Windows its installer) with an Indonesian voice. When it is not found the
//! GUI simply shows no "Bacakan" button. Speaking runs as a child process, so the window
//! never waits for it; a new text stops the one still being spoken.
//!
//! This is the one platform-specific corner of the core: only how the program is found
//! differs between systems.

use crate::i18n::Lang;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// Words per minute: slower than espeak-ng's 175, for listeners who read slowly.
const SPEED: &str = "140";

#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error("espeak-ng could not be started: {0}")]
    Start(std::io::Error),
    #[error("espeak-ng failed: {0}")]
    Failed(String),
}

/// An installed espeak-ng.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voice {
    program: PathBuf,
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
    /// espeak-ng from `PATH` (and, on Windows, its default install folder).
    pub fn find() -> Option<Voice> {
        let name = if cfg!(windows) {
            "espeak-ng.exe"
        } else {
            "espeak-ng"
        };
        let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
            .map(|p| std::env::split_paths(&p).collect())
            .unwrap_or_default();
        if cfg!(windows) {
            dirs.push(PathBuf::from(r"C:\Program Files\eSpeak NG"));
        }
        dirs.into_iter()
            .map(|d| d.join(name))
            .find(|p| p.is_file())
            .map(|program| Voice { program })
    }

    fn command(&self, lang: Lang) -> Command {
        let mut c = Command::new(&self.program);
        c.args(["-v", voice_name(lang), "-s", SPEED])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        c
    }

    /// Starts speaking `text` and returns at once.
    pub fn speak(&self, text: &str, lang: Lang) -> Result<Speaking, SpeechError> {
        let child = self
            .command(lang)
            .arg("--")
            .arg(text)
            .spawn()
            .map_err(SpeechError::Start)?;
        Ok(Speaking(child))
    }

    /// Speaks `text` into a WAV file and waits (for tests and for checking a voice works).
    pub fn to_wav(&self, text: &str, lang: Lang, path: &Path) -> Result<(), SpeechError> {
        let status = self
            .command(lang)
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
