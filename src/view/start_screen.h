// The calm screen the app opens on when it is started without a file: a new
// workshop, the boards to continue (with a small picture of each), a
// finger-friendly browser over the places boards live, and the example. It
// reads what the app gathered (StartInput) and returns what was chosen
// (StartChoice); it never touches a file or the board itself.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/board_list.h"
#include "core/workshop_setup.h"
#include "view/board_view.h"
#include "view/new_workshop_form.h"

namespace nt {

// How many boards the home page shows to carry on with (the rest: through the browser).
constexpr std::size_t kStartBoardCards = 8;

// One place in the board browser: a folder, or a board file in it.
struct BrowserEntry {
    std::string path;
    std::string name;          // as shown
    bool folder = false;
    BoardSummary board;        // for a board file
};

struct BrowserPlace {
    std::string path;
    std::string nameKey;       // translation key ("browser.home", "browser.usb" …), or empty: `name`
    std::string name;
};

struct StartInput {
    std::vector<BoardSummary> boards;              // to continue, newest first
    std::map<std::string, ImTextureID> pictures;   // small pictures of boards, by path (those made so far)
    std::string boardsFolder;                      // where new boards go (~/Netwerktafel)
    // The browser: where it can go, where it is and what is there.
    std::vector<BrowserPlace> places;
    std::string folder;
    std::vector<BrowserEntry> entries;
    std::string folderProblem;                     // the folder could not be read: why
    std::string today;                             // ISO day, the new workshop's default date
};

struct StartChoice {
    std::optional<std::string> open;               // a board file (or a picture with the board inside)
    bool example = false;
    std::optional<WorkshopSetup> create;           // a new workshop (reuseFrom is a path: see below)
    std::string reusePath;                         // the earlier board whose partners come back, if any
    std::optional<std::string> browse;             // the browser should show this folder
};

class StartScreen {
public:
    // The home page, ready for a new visit (after the board was closed).
    void reset() { m_page = Page::Home; }
    StartChoice draw(const ViewInput& in, ViewIntents& out, const StartInput& start);
    // Boards the browser should list (the app lists the folder when asked).
    bool browsing() const { return m_page == Page::Browse; }

private:
    enum class Page { Home, New, Browse };
    void drawHome(const ViewInput& in, ViewIntents& out, const StartInput& start, StartChoice& choice);
    void drawBrowser(const ViewInput& in, ViewIntents& out, const StartInput& start, StartChoice& choice);
    bool drawBoardCard(const ViewInput& in, const StartInput& start, const BoardSummary& board, ImVec2 size);
    void drawHeader(const ViewInput& in, ViewIntents& out, const std::string& titleKey, bool back);

    Page m_page = Page::Home;
    bool m_justOpened = true;
    NewWorkshopForm m_form;
};

}  // namespace nt
