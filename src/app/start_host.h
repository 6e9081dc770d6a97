// What the start screen shows, gathered from the disk: the boards to
// continue (~/Netwerktafel and the recent list), small pictures of them made
// one per frame in the app's GL context, the places boards live (home,
// Documents, the boards folder, USB sticks) and the folder being browsed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/board_opening.h"
#include "core/catalogue.h"
#include "view/start_screen.h"

namespace nt {

class StartHost {
public:
    // `home`: the facilitator's home folder; the rest lies under it.
    StartHost(std::string home, std::string assetDir, const Catalogue& catalogue);
    ~StartHost();
    StartHost(const StartHost&) = delete;
    StartHost& operator=(const StartHost&) = delete;

    // Reads the boards folder and the recent list again.
    void refresh(const std::string& today);
    const StartInput& input() const { return m_input; }
    // Lists this folder for the browser.
    void browse(const std::string& folder);
    // Makes the next missing picture (between frames: it renders offscreen).
    // True when one was made or is still to come.
    bool makePicture(Lang lang);

    const std::string& boardsFolder() const { return m_input.boardsFolder; }

    // What a choice on the start screen opens: a board file, the example
    // (savePath empty, like the demo), or a new workshop, written at once
    // into the boards folder under a readable name. Browsing opens nothing.
    // A file that cannot be opened or written: nullopt, and `problem` says why.
    std::optional<OpenedFile> take(const StartChoice& choice, std::string& problem);

private:
    void dropPictures();

    std::string m_home, m_assetDir;
    const Catalogue& m_catalogue;
    std::string m_recentFile;
    StartInput m_input;
    std::vector<std::string> m_pictureFailed;  // boards whose picture could not be made
    std::vector<unsigned> m_textures;
};

// The home folder from $HOME (the current folder when it is not set).
std::string homeFolder();
// A file the app keeps for itself between runs: $XDG_STATE_HOME/netwerktafel/<name>,
// by default under ~/.local/state.
std::string stateFileFor(const std::string& home, const std::string& name);

// A board opened some other way (its file named on the command line, a
// double-click in the file manager) goes to the front of the recent list too.
void rememberRecentBoard(const std::string& home, const std::string& path);

}  // namespace nt
