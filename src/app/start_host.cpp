// The start screen's data: board summaries, their pictures, the browser.
#include "app/start_host.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <glad/gl.h>

#include "app/board_opening.h"
#include "core/atomic_file.h"
#include "core/board_file.h"
#include "core/board_folder.h"
#include "core/board_naming.h"
#include "core/recent_list.h"
#include "core/translations.h"
#include "core/workshop_setup.h"
#include "render/offscreen_export.h"
#include "render/png_board.h"

namespace fs = std::filesystem;

namespace nt {

namespace {

constexpr int kPictureWidth = kMinExportWidth;

BoardListOptions listOptions() {
    BoardListOptions o;
    o.readPicture = [](const std::string& path) { return readBoardPng(path); };
    return o;
}

bool isFolder(const std::string& path) {
    std::error_code ec;
    return fs::is_directory(path, ec);
}

// USB sticks and other removable media: what is mounted under /media or
// /run/media (as desktops mount them), read from the kernel's mount table.
std::vector<BrowserPlace> removableMedia() {
    std::vector<BrowserPlace> out;
    std::ifstream mounts("/proc/self/mounts");
    std::string line;
    while (std::getline(mounts, line)) {
        std::istringstream fields(line);
        std::string device, where;
        if (!(fields >> device >> where)) continue;
        // Spaces and other odd bytes in mount points are written as \040 and the like.
        std::string path;
        for (std::size_t i = 0; i < where.size(); ++i) {
            if (where[i] == '\\' && i + 3 < where.size() && std::isdigit(static_cast<unsigned char>(where[i + 1]))) {
                path += static_cast<char>(std::stoi(where.substr(i + 1, 3), nullptr, 8));
                i += 3;
            } else {
                path += where[i];
            }
        }
        if (path.rfind("/media/", 0) != 0 && path.rfind("/run/media/", 0) != 0) continue;
        out.push_back({path, "browser.usb", fs::path(path).filename().string()});
    }
    return out;
}

}  // namespace

std::string homeFolder() {
    const char* home = std::getenv("HOME");
    return home && *home ? home : fs::current_path().string();
}

namespace {

std::string recentFileFor(const std::string& home) { return stateFileFor(home, "recent.json"); }

}  // namespace

std::string stateFileFor(const std::string& home, const std::string& name) {
    const char* state = std::getenv("XDG_STATE_HOME");
    const fs::path stateDir = state && *state ? fs::path(state) : fs::path(home) / ".local" / "state";
    return (stateDir / "netwerktafel" / name).string();
}

void rememberRecentBoard(const std::string& home, const std::string& path) {
    const std::string file = recentFileFor(home);
    RecentList recent = RecentList::load(file);
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    recent.add(ec ? path : absolute.string());
    try {
        fs::create_directories(fs::path(file).parent_path());
        recent.save(file);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "netwerktafel: the list of recent boards was not saved: %s\n", e.what());
    }
}

StartHost::StartHost(std::string home, std::string assetDir, const Catalogue& catalogue)
    : m_home(std::move(home)), m_assetDir(std::move(assetDir)), m_catalogue(catalogue),
      m_recentFile(recentFileFor(m_home)) {
    m_input.boardsFolder = (fs::path(m_home) / "Netwerktafel").string();
}

StartHost::~StartHost() { dropPictures(); }

void StartHost::dropPictures() {
    if (!m_textures.empty()) glDeleteTextures(static_cast<GLsizei>(m_textures.size()), m_textures.data());
    m_textures.clear();
    m_input.pictures.clear();
    m_pictureFailed.clear();
}

void StartHost::refresh(const std::string& today) {
    dropPictures();
    const RecentList recent = RecentList::load(m_recentFile);
    if (!recent.problem().empty()) std::fprintf(stderr, "netwerktafel: %s\n", recent.problem().c_str());
    m_input.boards = listBoards({m_input.boardsFolder}, recent, listOptions());
    m_input.today = today;
    m_input.places.clear();
    m_input.places.push_back({m_home, "browser.home", ""});
    for (const char* documents : {"Documents", "Documenten"})
        if (isFolder((fs::path(m_home) / documents).string()))
            m_input.places.push_back({(fs::path(m_home) / documents).string(), "browser.documents", ""});
    if (isFolder(m_input.boardsFolder)) m_input.places.push_back({m_input.boardsFolder, "", "Netwerktafel"});
    for (BrowserPlace& p : removableMedia()) m_input.places.push_back(std::move(p));
}

void StartHost::browse(const std::string& folder) {
    m_input.folder = folder;
    const FolderListing listing = listBoardFolder(folder, listOptions());
    m_input.folderProblem = listing.problem;
    m_input.entries.clear();
    // Up, but never above the place this folder lies in.
    const fs::path here(folder);
    const bool atPlace = std::any_of(m_input.places.begin(), m_input.places.end(),
                                     [&](const BrowserPlace& p) { return fs::path(p.path) == here; });
    if (!atPlace && here.has_parent_path() && here.parent_path() != here)
        m_input.entries.push_back({here.parent_path().string(), "..", true, {}});
    for (const FolderEntry& e : listing.entries) m_input.entries.push_back({e.path, e.name, e.folder, e.board});
}

// Only the boards the home page shows get a picture.
bool StartHost::makePicture(Lang lang) {
    for (std::size_t i = 0; i < std::min(m_input.boards.size(), kStartBoardCards); ++i) {
        const BoardSummary& b = m_input.boards[i];
        if (b.status != BoardStatus::Ok || m_input.pictures.count(b.path) ||
            std::find(m_pictureFailed.begin(), m_pictureFailed.end(), b.path) != m_pictureFailed.end())
            continue;
        try {
            const OpenedFile opened = openBoardFile(b.path);
            RgbaImage image = renderBoardImage({opened.board, m_catalogue, m_assetDir, kPictureWidth, lang});
            if (image.bottomUp) {
                const std::size_t row = static_cast<std::size_t>(image.width) * 4;
                for (int y = 0; y < image.height / 2; ++y)
                    std::swap_ranges(image.pixels.begin() + static_cast<std::ptrdiff_t>(y * row),
                                     image.pixels.begin() + static_cast<std::ptrdiff_t>((y + 1) * row),
                                     image.pixels.begin() + static_cast<std::ptrdiff_t>((image.height - 1 - y) * row));
            }
            GLuint texture = 0;
            glGenTextures(1, &texture);
            glBindTexture(GL_TEXTURE_2D, texture);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
            glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                         image.pixels.data());
            m_textures.push_back(texture);
            m_input.pictures[b.path] = reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture));
        } catch (const std::exception& e) {
            std::fprintf(stderr, "netwerktafel: no picture of %s: %s\n", b.path.c_str(), e.what());
            m_pictureFailed.push_back(b.path);
        }
        return true;
    }
    return false;
}

std::optional<OpenedFile> StartHost::take(const StartChoice& choice, std::string& problem) {
    try {
        if (choice.browse) browse(*choice.browse);
        if (choice.open) {
            OpenedFile opened = openBoardFile(*choice.open);
            rememberRecentBoard(m_home, *choice.open);
            return opened;
        }
        if (choice.example) {
            OpenedFile example;  // no file: like the demo, the first change is saved in ~/Netwerktafel
            example.board = readBoardFile(m_assetDir + "/demo/demo-workshop.json");
            return example;
        }
        if (!choice.create) return std::nullopt;
        WorkshopSetup setup = *choice.create;
        Board earlier;
        if (!choice.reusePath.empty()) {
            earlier = openBoardFile(choice.reusePath).board;
            setup.reuseFrom = &earlier;
        }
        const Translations tr = Translations::load(m_assetDir + "/i18n/" + langName(setup.lang) + ".json");
        const Board board = createWorkshopBoard(setup, tr);
        std::error_code ec;
        fs::create_directories(m_input.boardsFolder, ec);
        if (ec) throw SaveError(m_input.boardsFolder + ": " + ec.message());
        const std::string path = newBoardFileName(board.workshop, m_input.boardsFolder);
        writeFileAtomically(path, boardToJsonText(board));
        OpenedFile opened = openBoardFile(path);
        rememberRecentBoard(m_home, path);
        return opened;
    } catch (const LoadError& e) {
        problem = e.what();
    } catch (const SaveError& e) {
        problem = e.what();
    }
    return std::nullopt;
}

}  // namespace nt
