//! Writing the CLI's output files (exported documents, the school pack, backups) safely: a new
//! file is written under an unpredictable temporary name beside its destination (created
//! exclusively, mode 0600) and linked into place without replacing anything, so an existing
//! file or symbolic link — even a dangling one — is refused unless `--force`, which renames over
//! the link itself rather than following it. Nothing is ever written into the vault directory.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::error::CliError;

/// Where the CLI may write, given the vault directory.
pub(crate) struct Output<'a> {
    /// The vault directory: never written into.
    pub(crate) vault: &'a Path,
    /// Replace existing files.
    pub(crate) force: bool,
}

impl Output<'_> {
    /// Writes `bytes` to `path` as described in the module documentation.
    pub(crate) fn write(&self, path: &Path, bytes: &[u8]) -> Result<(), CliError> {
        let dir = self.checked_parent(path)?;
        let io = |source| io_error(path, source);
        let mut file = tempfile::Builder::new()
            .prefix(".shikaku-")
            .tempfile_in(&dir)
            .map_err(io)?;
        file.write_all(bytes).map_err(io)?;
        file.as_file().sync_all().map_err(io)?;
        let persisted = match self.force {
            true => file.persist(path).map(drop),
            false => file.persist_noclobber(path).map(drop),
        };
        match persisted {
            Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => {
                Err(CliError::Exists(path.display().to_string()))
            }
            Err(e) => Err(io(e.error)),
            Ok(()) => Ok(()),
        }
    }

    /// Readies `path` for a writer that itself refuses an existing file (the core's backup
    /// export): checks it is outside the vault directory and, with `--force`, removes what is
    /// there (a link itself, never its target).
    pub(crate) fn replaceable(&self, path: &Path) -> Result<(), CliError> {
        self.checked_parent(path)?;
        if self.force && std::fs::symlink_metadata(path).is_ok() {
            std::fs::remove_file(path).map_err(|e| io_error(path, e))?;
        }
        Ok(())
    }

    /// Creates `dir` (mode 0700) when missing; an existing one is used as it is. The vault
    /// directory is refused.
    pub(crate) fn directory(&self, dir: &Path) -> Result<(), CliError> {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(dir).map_err(|e| io_error(dir, e))?;
        if self.is_vault(dir) {
            return Err(CliError::InVault(dir.display().to_string()));
        }
        Ok(())
    }

    /// The directory `path` will be written in, once it is known not to be the vault's.
    fn checked_parent(&self, path: &Path) -> Result<PathBuf, CliError> {
        let parent = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if self.is_vault(&parent) {
            return Err(CliError::InVault(path.display().to_string()));
        }
        Ok(parent)
    }

    /// Whether `dir` is the vault directory (compared after resolving links).
    fn is_vault(&self, dir: &Path) -> bool {
        match (dir.canonicalize(), self.vault.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
    }
}

fn io_error(path: &Path, source: io::Error) -> CliError {
    CliError::File {
        path: path.display().to_string(),
        source,
    }
}
