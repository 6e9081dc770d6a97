// Keeps one board file durable: each change is appended to the journal
// (`<board>.journal`, fsynced), and now and then the whole board is written
// into the file atomically (a snapshot), after which the journal is dropped.
// Before a snapshot replaces the file, the file is kept as one of the last
// few copies in `.<board>.snapshots/` (1.json newest). Synchronous: the
// BoardSaver runs it on its own thread. Every failure throws SaveError and
// leaves what was on disk readable.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/atomic_file.h"
#include "core/journal.h"

namespace nt {

// The file operations the store needs. Tests replace them with ones that
// fail the way a full disk or a read-only folder does.
class Disk {
public:
    virtual ~Disk() = default;
    // Temp file, fsync, rename, fsync the folder (writeFileAtomically).
    virtual void replaceFile(const std::string& path, const std::string& content);
    // Appends to an existing file and fsyncs it.
    virtual void appendFile(const std::string& path, std::string_view bytes);
    virtual void removeFile(const std::string& path);
    // `copy` becomes a hard link to (or, where links fail, a copy of) `path`.
    virtual void keepCopy(const std::string& path, const std::string& copy);
    virtual void makeFolder(const std::string& path);
};
Disk& realDisk();

struct SnapshotPolicy {
    int keep = 5;                // copies kept in the snapshots folder
    double spacingSeconds = 300; // at most one copy this often (the first snapshot of a session always keeps one)
};

class DurableStore {
public:
    // `base`: the stamp of the board file's bytes as opened; nullopt when the
    // file does not exist yet (the first write creates it, folder included).
    DurableStore(std::string path, std::optional<FileStamp> base, Disk& disk = realDisk(),
                 SnapshotPolicy policy = {});

    const std::string& path() const { return m_path; }
    std::string journalPath() const { return journalPathFor(m_path); }
    static std::string snapshotFolder(const std::string& boardPath);

    // Makes `boardJson` durable through the journal; while there is no board
    // file yet, by writing the file itself.
    void journal(const std::string& boardJson, double now);
    // Writes `boardJson` into the board file (after checking that it loads
    // back) and drops the journal. Nothing is written when the file already
    // holds exactly this text and no journal is open.
    void snapshot(const std::string& boardJson, double now);

    std::uint64_t journalBytes() const { return m_journalBytes; }

private:
    void keepSnapshotCopy(double now);
    void setAsidePreviousJournal();

    std::string m_path;
    std::optional<FileStamp> m_base;
    Disk& m_disk;
    SnapshotPolicy m_policy;
    std::uint64_t m_sequence = 0;
    std::uint64_t m_journalBytes = 0;  // 0: no journal of ours on disk (it is written fresh next time)
    bool m_journalDamaged = false;     // the journal on disk takes no appends (an append failed half-way, or it
                                       // continues an older file): the next record starts a fresh journal
    std::optional<double> m_lastCopy;
    bool m_checkedPreviousJournal = false;
};

}  // namespace nt
