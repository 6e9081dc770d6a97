// Listing a folder for the board browser.
#include "core/board_folder.h"

#include <algorithm>
#include <filesystem>

#include "core/board_file_name.h"

namespace fs = std::filesystem;

namespace nt {

namespace {

std::string lowered(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

FolderListing listBoardFolder(const std::string& folder, const BoardListOptions& options, std::size_t maxEntries) {
    FolderListing out;
    std::error_code ec;
    fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        out.problem = folder + ": " + ec.message();
        return out;
    }
    std::vector<FolderEntry> folders, boards;
    std::size_t seen = 0;
    for (const fs::directory_iterator end; it != end && seen < maxEntries; it.increment(ec), ++seen) {
        if (ec) break;
        const fs::path path = it->path();
        const std::string name = path.filename().string();
        if (name.empty() || name.front() == '.') continue;
        std::error_code typeError;
        if (it->is_directory(typeError)) {
            folders.push_back({path.string(), name, true, {}});
            continue;
        }
        if (!it->is_regular_file(typeError)) continue;
        const std::string ext = lowered(path.extension().string());
        const bool own = ext == kBoardExtension;
        if (!own && ext != ".json" && ext != ".png") continue;
        if (ext == ".png" && !options.readPicture) continue;
        BoardSummary summary = summariseBoard(path.string(), options);
        if (!own && summary.status != BoardStatus::Ok) continue;  // some other JSON or picture
        boards.push_back({path.string(), name, false, std::move(summary)});
    }
    if (ec) out.problem = folder + ": " + ec.message();
    auto byName = [](const FolderEntry& a, const FolderEntry& b) { return lowered(a.name) < lowered(b.name); };
    std::sort(folders.begin(), folders.end(), byName);
    std::sort(boards.begin(), boards.end(), byName);
    out.entries = std::move(folders);
    out.entries.insert(out.entries.end(), std::make_move_iterator(boards.begin()), std::make_move_iterator(boards.end()));
    return out;
}

}  // namespace nt
