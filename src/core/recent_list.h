// The boards opened recently, most recent first: a small JSON file whose
// place the caller decides (e.g. ~/.local/state/netwerktafel/recent.json).
// A missing file is an empty list. A broken one is too, and it is never lost:
// the first save moves it aside (to "<file>.broken") instead of writing over it.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace nt {

class RecentList {
public:
    static constexpr std::size_t kMaxEntries = 20;
    static constexpr std::size_t kMaxFileBytes = 1024 * 1024;

    RecentList() = default;
    // Never throws: what cannot be read is left out, and problem() says why.
    static RecentList load(const std::string& file);

    // To the front, once (the same path written differently counts as one:
    // "a/./b" is "a/b"); the oldest beyond kMaxEntries drop off. Empty paths
    // are ignored.
    void add(const std::string& path);
    void remove(const std::string& path);
    const std::vector<std::string>& paths() const { return m_paths; }

    // Writes the list to `file` atomically (core/atomic_file), unless it is
    // what load() read or the last save() wrote (reopening the newest board
    // changes nothing); a broken file found by load() is first moved aside.
    // Throws SaveError.
    void save(const std::string& file);

    // Why the file could not be read as a whole ("" when it could, or was absent).
    const std::string& problem() const { return m_problem; }

private:
    std::vector<std::string> m_paths;
    std::string m_problem;
    std::optional<std::vector<std::string>> m_onDisk;  // what m_onDiskFile holds, when known
    std::string m_onDiskFile;
    bool m_setAside = false;  // the file load() read is broken: keep it before writing
};

}  // namespace nt
