// Keeps the open board saved: into the file it came from, or, for the demo
// and new boards, into a fresh file in ~/Netwerktafel on the first change.
// Writes are atomic; a failed write keeps the board in memory and says why.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/model.h"

namespace nt {

class BoardStore {
public:
    // `path` empty: nothing has been saved yet; the first save picks a file.
    BoardStore(std::string path, std::uint64_t savedRevision) : m_path(std::move(path)), m_savedRevision(savedRevision) {}

    const std::string& path() const { return m_path; }
    bool dirty(std::uint64_t revision) const { return revision != m_savedRevision; }

    // Autosave waits until the board has been still this long.
    static constexpr double kQuietSeconds = 0.75;
    void noteChange(std::uint64_t revision, double now);
    // After a failed write: the next autosave waits until `until` or the next change.
    void postpone(double until) { m_lastChange = until; }
    // When an autosave is due (nullopt: nothing to save).
    std::optional<double> autosaveDue(std::uint64_t revision) const;

    // Writes the board. Throws SaveError; the board stays unsaved then.
    void save(const Board& board, std::uint64_t revision);

    // ~/Netwerktafel/<title>-<date and time>.json, not yet taken.
    static std::string newFilePath(const Board& board);

private:
    std::string m_path;
    std::uint64_t m_savedRevision = 0;
    std::uint64_t m_seenRevision = 0;
    double m_lastChange = 0;
};

}  // namespace nt
