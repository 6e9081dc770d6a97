// Keeps the open board saved: into the file it came from, or, for the demo
// and boards opened from a PNG, into a fresh file in ~/Netwerktafel on the
// first change. Every change reaches the journal within a fraction of a
// second (at most one write per kJournalSpacing); once the board has been
// still for kQuietSeconds it is written into the file itself. The writing
// happens on the BoardSaver's thread. A failed write keeps the board in
// memory, is reported once, and is tried again every kRetrySeconds.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>

#include "core/board_saver.h"
#include "core/model.h"

namespace nt {

class BoardStore {
public:
    // `path` empty: nothing has been saved yet; the first change picks a
    // file. `base`: the stamp of the file's bytes as opened (nullopt: no
    // file yet). `fileBehind`: the board holds changes the file lacks (they
    // came from the journal). `wake` wakes the frame loop from the saver thread.
    BoardStore(std::string path, std::optional<FileStamp> base, std::uint64_t revision, bool fileBehind,
               std::function<void()> wake = {});
    ~BoardStore();

    const std::string& path() const;

    static constexpr double kJournalSpacing = 0.2;
    static constexpr double kQuietSeconds = 0.75;
    static constexpr double kRetrySeconds = 2.0;
    static constexpr std::uint64_t kSnapshotJournalBytes = 4u * 1024u * 1024u;

    struct Notice {
        enum class Kind { Failed, WorksAgain } kind;
        std::string detail;
    };
    // Call every frame: hands the board to the saver when a write is due and
    // says when writing has started failing or works again.
    std::optional<Notice> update(const Board& board, std::uint64_t revision, double now);
    // When update() next has something to do (nullopt: nothing, or the saver will wake the loop).
    std::optional<double> nextDue(std::uint64_t revision) const;

    // Writes the board into its file now and waits (Save, quitting). Throws SaveError.
    void saveNow(const Board& board, std::uint64_t revision, double now);
    bool fileBehind(std::uint64_t revision) const { return revision != m_fileRevision; }
    // When the board's own file cannot be written: a new file in
    // ~/Netwerktafel, written on this thread. Returns its path; throws SaveError.
    static std::string saveCopy(const Board& board);

    // ~/Netwerktafel/<date> <title>.netwerktafel, not yet taken (core/board_naming.h).
    static std::string newFilePath(const Board& board);

private:
    BoardSaver& saver(const Board& board);
    void take(const SaverStatus& status);

    static constexpr std::uint64_t kNoRevision = std::numeric_limits<std::uint64_t>::max();

    std::string m_path;
    std::optional<FileStamp> m_base;
    std::function<void()> m_wake;
    std::unique_ptr<BoardSaver> m_saver;  // made on the first write
    std::uint64_t m_durableRevision;
    std::uint64_t m_fileRevision;
    std::uint64_t m_journalBytes = 0;
    std::uint64_t m_results = 0;
    std::uint64_t m_seenRevision;
    double m_lastChange = 0;
    double m_lastJournal = -1e9;
    double m_retryAt = 0;
    bool m_failing = false;
    bool m_busy = false;
};

}  // namespace nt
