// Which board is on the table: the start screen (without a board file, and
// when the facilitator closes the board), a board chosen or made there, a
// board file or picture dropped on the window. The board on the table is
// always saved before another takes its place, and stays when it cannot be.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/start_host.h"
#include "core/catalogue.h"
#include "core/translations.h"
#include "session/session.h"
#include "view/board_view.h"
#include "view/start_screen.h"

namespace nt {

class BoardSwitcher {
public:
    // `tr` is the app's translations, followed as the language changes.
    BoardSwitcher(Session& session, BoardView& view, const Translations& tr, std::string assetDir,
                  const Catalogue& catalogue);

    // The start screen shows; no board is open.
    bool starting() const { return m_starting; }
    void showStart(double now);
    // Back to the start screen from the board, once it is saved.
    void closeBoard(double now);
    // Acts on what was chosen on the start screen this frame (if anything).
    void takeStartChoice(const StartChoice& choice, double now);
    // A board JSON or exported PNG dropped on the window; one file at a time.
    void openDropped(const std::vector<std::string>& paths, double now);

    // The start screen's frame, and its pictures of boards (one per call,
    // between frames); true when one was made or is still to come.
    ViewIntents startFrame(const ViewInput& in, StartChoice& choice);
    bool makePicture(Lang lang) { return m_starting && m_host->makePicture(lang); }

private:
    void switchTo(OpenedFile opened, double now);

    Session& m_session;
    BoardView& m_view;
    const Translations& m_tr;
    std::string m_assetDir;
    const Catalogue& m_catalogue;
    std::unique_ptr<StartHost> m_host;  // its pictures are GL textures: the window outlives it
    StartScreen m_screen;
    bool m_starting = false;
};

}  // namespace nt
