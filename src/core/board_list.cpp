// Listing and summing up the boards to continue.
#include "core/board_list.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "core/board_file_name.h"
#include "core/journal.h"
#include "core/picture_export.h"

namespace nt {

namespace fs = std::filesystem;

namespace {

std::string lowerExtension(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return ext;
}

bool isPicture(const std::string& path) {
    if (lowerExtension(path) == ".png") return true;
    std::ifstream in(path, std::ios::binary);
    char head[8] = {};
    return in.read(head, sizeof head) && std::string_view(head, sizeof head) == "\x89PNG\r\n\x1a\n";
}

std::int64_t modifiedSeconds(const fs::path& p) {
    std::error_code ec;
    const auto t = fs::last_write_time(p, ec);
    if (ec) return 0;
    const auto sys = std::chrono::file_clock::to_sys(t);
    return std::chrono::duration_cast<std::chrono::seconds>(sys.time_since_epoch()).count();
}

// One key per file, however the path was written.
std::string keyOf(const std::string& path) {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(path, ec);
    return ec ? fs::path(path).lexically_normal().string() : canonical.string();
}

std::string sizeInMiB(std::uint64_t bytes) { return std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024)); }

}  // namespace

BoardSummary summariseBoard(const std::string& path, const BoardListOptions& options) {
    BoardSummary s;
    s.path = path;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (!fs::exists(status)) {
        s.status = BoardStatus::Missing;
        s.problem = path + ": no such file";
        return s;
    }
    s.modified = modifiedSeconds(path);
    if (!fs::is_regular_file(status)) {
        s.status = BoardStatus::Unreadable;
        s.problem = path + ": not a file";
        return s;
    }
    s.bytes = fs::file_size(path, ec);
    if (ec) {
        s.bytes = 0;
        s.status = BoardStatus::Unreadable;
        s.problem = path + ": cannot read the file (" + ec.message() + ")";
        return s;
    }
    if (s.bytes > options.maxBytes) {
        s.status = BoardStatus::TooBig;
        s.problem = path + ": too big for a board (" + sizeInMiB(s.bytes) + " MiB, at most " +
                    sizeInMiB(options.maxBytes) + " MiB)";
        return s;
    }
    try {
        Board board;
        if (isPicture(path)) {
            s.fromPicture = true;
            if (!options.readPicture) throw LoadError(path + ": a board picture (PNG); this list cannot read pictures");
            board = options.readPicture(path);
        } else {
            // As the app opens it: with the changes its journal holds.
            board = openBoardWithJournal(path).board;
            s.modified = std::max(s.modified, modifiedSeconds(journalPathFor(path)));
            const std::string picture = picturePathFor(path, kPictureSizes.front().width);
            if (fs::is_regular_file(picture, ec)) s.picture = picture;
        }
        s.title = board.workshop.title;
        s.date = board.workshop.date;
        s.organisation = board.workshop.organisation;
    } catch (const std::exception& e) {
        // LoadError from the readers; anything else (out of memory, a
        // reader's surprise) must not take the start screen down either.
        s.status = BoardStatus::Unreadable;
        s.problem = e.what();
    }
    return s;
}

std::vector<BoardSummary> listBoards(const std::vector<std::string>& folders, const RecentList& recent,
                                     const BoardListOptions& options) {
    // Candidates in the folders: board files first, then pictures that are
    // not the exported picture of one of them.
    std::vector<std::string> paths;
    for (const std::string& folder : folders) {
        std::vector<fs::path> boards, pictures;
        std::error_code ec;
        for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
            const fs::path p = it->path();
            const std::string name = p.filename().string();
            std::error_code fileEc;
            if (name.empty() || name[0] == '.' || !it->is_regular_file(fileEc)) continue;
            const std::string ext = lowerExtension(p);
            if (ext == ".json" || ext == kBoardExtension) boards.push_back(p);
            else if (ext == ".png" && options.readPicture) pictures.push_back(p);
        }
        std::set<std::string> stems;
        for (const fs::path& b : boards) stems.insert(b.stem().string());
        for (const fs::path& pic : pictures) {
            std::string stem = pic.stem().string();
            // "board-3840.png" is the poster of "board.netwerktafel".
            const auto dash = stem.find_last_of('-');
            const bool sized = dash != std::string::npos && dash + 1 < stem.size() &&
                               stem.find_first_not_of("0123456789", dash + 1) == std::string::npos;
            if (stems.count(stem) || (sized && stems.count(stem.substr(0, dash)))) continue;
            boards.push_back(pic);
        }
        for (const fs::path& b : boards) paths.push_back(b.string());
    }

    struct Entry {
        BoardSummary summary;
        std::size_t recentRank;  // place in the recent list; its size when not in it
    };
    std::vector<Entry> entries;
    std::set<std::string> seen;
    auto take = [&](const std::string& path, std::size_t rank) {
        const std::string key = keyOf(path);
        if (!seen.insert(key).second) return;  // listed already (the recent list comes first)
        BoardSummary s = summariseBoard(path, options);
        s.recent = rank < recent.paths().size();
        entries.push_back({std::move(s), rank});
    };
    for (std::size_t i = 0; i < recent.paths().size(); ++i) take(recent.paths()[i], i);
    for (const std::string& p : paths) take(p, recent.paths().size());

    std::stable_sort(entries.begin(), entries.end(), [](const Entry& ea, const Entry& eb) {
        const BoardSummary &a = ea.summary, &b = eb.summary;
        const bool aGone = a.status == BoardStatus::Missing, bGone = b.status == BoardStatus::Missing;
        if (aGone != bGone) return bGone;
        if (aGone) return ea.recentRank < eb.recentRank;
        if (a.modified != b.modified) return a.modified > b.modified;
        return a.path < b.path;
    });
    std::vector<BoardSummary> list;
    list.reserve(entries.size());
    for (Entry& e : entries) list.push_back(std::move(e.summary));
    return list;
}

}  // namespace nt
