// Saving the open board: when to journal, when to write the file.
#include "session/board_store.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "core/board_file.h"
#include "core/board_file_name.h"
#include "core/board_naming.h"

namespace nt {

BoardStore::BoardStore(std::string path, std::optional<FileStamp> base, std::uint64_t revision, bool fileBehind,
                       std::function<void()> wake)
    : m_path(std::move(path)),
      m_base(base),
      m_wake(std::move(wake)),
      m_durableRevision(revision),
      m_fileRevision(fileBehind ? kNoRevision : revision),
      m_seenRevision(revision) {}

BoardStore::~BoardStore() = default;

const std::string& BoardStore::path() const { return m_saver ? m_saver->path() : m_path; }

BoardSaver& BoardStore::saver(const Board& board) {
    if (!m_saver) {
        if (m_path.empty()) m_path = newFilePath(board);
        m_saver = std::make_unique<BoardSaver>(std::make_unique<DurableStore>(m_path, m_base), m_durableRevision, m_wake);
    }
    return *m_saver;
}

void BoardStore::take(const SaverStatus& status) {
    m_busy = status.busy;
    if (status.results == m_results) return;
    m_results = status.results;
    m_journalBytes = status.journalBytes;
    m_durableRevision = status.durableRevision;
    if (status.fileRevision != m_fileRevision && status.error.empty() && status.journalBytes == 0)
        m_fileRevision = status.fileRevision;
}

std::optional<BoardStore::Notice> BoardStore::update(const Board& board, std::uint64_t revision, double now) {
    if (revision != m_seenRevision) {
        m_seenRevision = revision;
        m_lastChange = now;
    }
    std::optional<Notice> notice;
    if (m_saver) {
        const std::uint64_t before = m_results;
        const SaverStatus status = m_saver->status();
        take(status);
        if (m_results != before) {
            if (!status.error.empty()) {
                m_retryAt = now + kRetrySeconds;
                if (!m_failing) notice = Notice{Notice::Kind::Failed, status.error};
                m_failing = true;
            } else if (m_failing) {
                m_failing = false;
                notice = Notice{Notice::Kind::WorksAgain, m_saver->path()};
            }
        }
    }
    if (m_busy || now < m_retryAt) return notice;
    if (revision != m_fileRevision && (now >= m_lastChange + kQuietSeconds || m_journalBytes >= kSnapshotJournalBytes)) {
        saver(board).submit(board, revision, BoardSaver::Kind::Snapshot, now);
        m_busy = true;
    } else if (revision != m_durableRevision && now >= m_lastJournal + kJournalSpacing) {
        saver(board).submit(board, revision, BoardSaver::Kind::Journal, now);
        m_lastJournal = now;
        m_busy = true;
    }
    return notice;
}

std::optional<double> BoardStore::nextDue(std::uint64_t revision) const {
    if (m_busy) return std::nullopt;  // the saver wakes the loop when it is done
    std::optional<double> due;
    if (revision != m_fileRevision) due = std::max(m_lastChange + kQuietSeconds, m_retryAt);
    if (revision != m_durableRevision) {
        const double journalDue = std::max(m_lastJournal + kJournalSpacing, m_retryAt);
        due = due ? std::min(*due, journalDue) : journalDue;
    }
    return due;
}

void BoardStore::saveNow(const Board& board, std::uint64_t revision, double now) {
    BoardSaver& s = saver(board);
    s.submit(board, revision, BoardSaver::Kind::Snapshot, now);
    s.waitIdle();
    const SaverStatus status = s.status();
    take(status);
    if (!status.error.empty()) {
        m_retryAt = now + kRetrySeconds;
        throw SaveError(status.error);
    }
    m_fileRevision = revision;
}

std::string BoardStore::saveCopy(const Board& board) {
    const std::string path = newFilePath(board);
    DurableStore(path, std::nullopt).snapshot(boardToJsonText(board), 0);
    return path;
}

std::string BoardStore::newFilePath(const Board& board) {
    const char* home = std::getenv("HOME");
    const std::filesystem::path dir = std::filesystem::path(home && *home ? home : ".") / "Netwerktafel";
    return newBoardFileName(board.workshop, dir.string());  // the same names as a new workshop's
}

}  // namespace nt
