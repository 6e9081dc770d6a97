// Saving the open board.
#include "app/board_store.h"

#include <cctype>
#include <ctime>
#include <filesystem>

#include "core/atomic_file.h"
#include "core/board_file.h"

namespace nt {

void BoardStore::noteChange(std::uint64_t revision, double now) {
    if (revision == m_seenRevision) return;
    m_seenRevision = revision;
    m_lastChange = now;
}

std::optional<double> BoardStore::autosaveDue(std::uint64_t revision) const {
    if (!dirty(revision)) return std::nullopt;
    return m_lastChange + kQuietSeconds;
}

void BoardStore::save(const Board& board, std::uint64_t revision) {
    if (m_path.empty()) {
        const std::string path = newFilePath(board);
        std::error_code ec;
        std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
        if (ec) throw SaveError(path + ": cannot make the folder (" + ec.message() + ")");
        m_path = path;
    }
    writeFileAtomically(m_path, boardToJsonText(board));
    m_savedRevision = revision;
}

std::string BoardStore::newFilePath(const Board& board) {
    std::string slug;
    for (char ch : board.workshop.title.empty() ? std::string("workshop") : board.workshop.title) {
        const auto u = static_cast<unsigned char>(ch);
        if (std::isalnum(u)) slug += static_cast<char>(std::tolower(u));
        else if (!slug.empty() && slug.back() != '-') slug += '-';
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    if (slug.empty()) slug = "workshop";
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%d-%H%M", &local);
    const char* home = std::getenv("HOME");
    const std::filesystem::path dir = std::filesystem::path(home && *home ? home : ".") / "Netwerktafel";
    std::filesystem::path p = dir / (slug + "-" + stamp + ".json");
    for (int i = 2; std::filesystem::exists(p); ++i) p = dir / (slug + "-" + stamp + "-" + std::to_string(i) + ".json");
    return p.string();
}

}  // namespace nt
