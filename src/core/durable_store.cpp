// The journal and snapshots of one board file.
#include "core/durable_store.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <unistd.h>

#include "core/board_file.h"

namespace nt {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const std::string& path, const char* what, int err) {
    throw SaveError(path + ": " + what + " (" + std::strerror(err) + ")");
}

void writeAll(int fd, std::string_view bytes, const std::string& path) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail(path, "could not write everything", n < 0 ? errno : ENOSPC);
        done += static_cast<std::size_t>(n);
    }
}

}  // namespace

// [SECTION] The real disk.
void Disk::replaceFile(const std::string& path, const std::string& content) { writeFileAtomically(path, content); }

void Disk::appendFile(const std::string& path, std::string_view bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (fd < 0) fail(path, "cannot open the journal", errno);
    try {
        writeAll(fd, bytes, path);
    } catch (...) {
        ::close(fd);
        throw;
    }
    const int synced = ::fdatasync(fd);
    const int err = errno;
    ::close(fd);
    if (synced != 0) fail(path, "could not write everything", err);
}

void Disk::removeFile(const std::string& path) {
    if (::unlink(path.c_str()) != 0 && errno != ENOENT) fail(path, "cannot remove the file", errno);
}

void Disk::keepCopy(const std::string& path, const std::string& copy) {
    ::unlink(copy.c_str());
    if (::link(path.c_str(), copy.c_str()) == 0) return;
    writeFileAtomically(copy, readTextFile(path, 1024u * 1024u * 1024u));
}

void Disk::makeFolder(const std::string& path) {
    std::error_code ec;
    fs::create_directories(path, ec);
    if (ec) throw SaveError(path + ": cannot make the folder (" + ec.message() + ")");
}

Disk& realDisk() {
    static Disk disk;
    return disk;
}

// [SECTION] The store.
DurableStore::DurableStore(std::string path, std::optional<FileStamp> base, Disk& disk, SnapshotPolicy policy)
    : m_path(std::move(path)), m_base(base), m_disk(disk), m_policy(policy) {}

std::string DurableStore::snapshotFolder(const std::string& boardPath) {
    const fs::path p(boardPath);
    std::string name = ".";  // appended rather than "." + …: GCC 12 misreads that at -O2 (-Wrestrict)
    name.append(p.filename().string()).append(".snapshots");
    return (p.parent_path() / name).string();
}

void DurableStore::journal(const std::string& boardJson, double now) {
    if (!m_base) {
        snapshot(boardJson, now);
        return;
    }
    const std::string record = encodeJournalBoard(++m_sequence, boardJson);
    if (m_journalBytes == 0 || m_journalDamaged) {
        // A fresh journal replaces the old one atomically: if this write
        // fails, the journal on disk still holds every earlier record.
        setAsidePreviousJournal();
        const std::string fresh = encodeJournalHeader(*m_base) + record;
        m_disk.replaceFile(journalPath(), fresh);
        m_journalBytes = fresh.size();
        m_journalDamaged = false;
        return;
    }
    try {
        m_disk.appendFile(journalPath(), record);
    } catch (const SaveError&) {
        m_journalDamaged = true;  // perhaps half a record at the end: readers stop before it
        throw;
    }
    m_journalBytes += record.size();
}

void DurableStore::snapshot(const std::string& boardJson, double now) {
    const FileStamp stamp = stampOf(boardJson);
    if (m_base && *m_base == stamp && m_journalBytes == 0 && !m_journalDamaged) return;
    // Never replace a good file with one that does not load back.
    try {
        (void)boardFromJsonText(boardJson, m_path);
    } catch (const LoadError& e) {
        throw SaveError(std::string("not written, the board does not read back: ") + e.what());
    }
    if (!m_base) {
        const fs::path parent = fs::path(m_path).parent_path();
        if (!parent.empty()) m_disk.makeFolder(parent.string());
    } else {
        keepSnapshotCopy(now);
    }
    m_disk.replaceFile(m_path, boardJson);
    m_base = stamp;
    // The journal on disk was written for the old file: nothing may be
    // appended to it any more (opening would ignore those records), and until
    // it is gone the next record starts a fresh journal and the next snapshot
    // runs again, even for the same board.
    m_journalBytes = 0;
    m_journalDamaged = true;
    // The file now holds everything; a journal left for an older file is
    // ignored on opening, but could match the file again after an undo back
    // to exactly that board, so it is removed.
    setAsidePreviousJournal();
    m_disk.removeFile(journalPath());
    m_journalDamaged = false;
}

void DurableStore::keepSnapshotCopy(double now) {
    if (m_policy.keep <= 0 || (m_lastCopy && now - *m_lastCopy < m_policy.spacingSeconds)) return;
    // A copy that cannot be kept (a full disk, say) must not stop the save.
    try {
        const std::string folder = snapshotFolder(m_path);
        m_disk.makeFolder(folder);
        auto name = [&](int i) { return (fs::path(folder) / (std::to_string(i) + ".json")).string(); };
        m_disk.removeFile(name(m_policy.keep));
        for (int i = m_policy.keep - 1; i >= 1; --i) {
            std::error_code ec;
            if (fs::exists(name(i), ec)) fs::rename(name(i), name(i + 1), ec);
        }
        m_disk.keepCopy(m_path, name(1));
        m_lastCopy = now;
    } catch (const std::exception&) {
    }
}

void DurableStore::setAsidePreviousJournal() {
    // A journal that was here before this session (one that did not match
    // the file, or one already applied) is kept once as previous.journal
    // before ours replaces it: nothing is thrown away unseen.
    if (m_checkedPreviousJournal) return;
    m_checkedPreviousJournal = true;
    std::error_code ec;
    if (!fs::exists(journalPath(), ec)) return;
    try {
        const std::string folder = snapshotFolder(m_path);
        m_disk.makeFolder(folder);
        m_disk.keepCopy(journalPath(), (fs::path(folder) / "previous.journal").string());
    } catch (const std::exception&) {
    }
}

}  // namespace nt
