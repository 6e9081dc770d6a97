// Which board is on the table: see board_switcher.h.
#include "app/board_switcher.h"

#include <cstdio>

#include "core/board_file.h"
#include "core/dates.h"

namespace nt {

BoardSwitcher::BoardSwitcher(Session& session, BoardView& view, const Translations& tr, std::string assetDir,
                             const Catalogue& catalogue)
    : m_session(session), m_view(view), m_tr(tr), m_assetDir(std::move(assetDir)), m_catalogue(catalogue) {}

void BoardSwitcher::showStart(double now) {
    if (!m_host) m_host = std::make_unique<StartHost>(homeFolder(), m_assetDir, m_catalogue);
    m_session.router().cancelAll();
    m_host->refresh(isoDayAt(m_session.clock(now)));
    m_screen.reset();
    m_starting = true;
}

void BoardSwitcher::closeBoard(double now) {
    if (!m_session.saveBeforeLeaving(now)) return;
    const std::string& path = m_session.store().path();
    if (!path.empty()) rememberRecentBoard(homeFolder(), path);  // before the list is read
    switchTo(OpenedFile{}, now);
    showStart(now);
}

ViewIntents BoardSwitcher::startFrame(const ViewInput& in, StartChoice& choice) {
    return m_view.startFrame(in, m_screen, m_host->input(), choice);
}

void BoardSwitcher::takeStartChoice(const StartChoice& choice, double now) {
    std::string problem;
    std::optional<OpenedFile> opened = m_host->take(choice, problem);
    if (!problem.empty()) {
        m_view.toast(m_tr("toast.dropRefused") + " " + withoutFolder(problem), now, true);
        std::fprintf(stderr, "netwerktafel: %s\n", problem.c_str());
    }
    if (!opened) return;
    const std::string path = opened->savePath;
    const bool created = choice.create.has_value();
    switchTo(std::move(*opened), now);
    m_starting = false;
    if (created) {
        m_view.toast(m_tr("toast.newBoard") + " " + path, now);
        std::printf("Netwerktafel: nieuw bord, wordt bewaard in %s\n", path.c_str());
        std::fflush(stdout);
    }
}

void BoardSwitcher::openDropped(const std::vector<std::string>& paths, double now) {
    if (paths.size() > 1) {
        m_view.toast(m_tr("toast.dropOneAtATime"), now, true);
        return;
    }
    OpenedFile opened;
    try {
        opened = openBoardFile(paths.front());
    } catch (const LoadError& e) {
        m_view.toast(m_tr("toast.dropRefused") + " " + e.what(), now, true);
        std::fprintf(stderr, "netwerktafel: %s\n", e.what());
        return;
    }
    m_session.router().cancelAll();
    if (!m_session.saveBeforeLeaving(now)) return;  // never lose the board on the table
    const bool fromPicture = opened.fromPicture;
    switchTo(std::move(opened), now);
    m_starting = false;
    rememberRecentBoard(homeFolder(), paths.front());
    m_view.toast(m_tr(fromPicture ? "toast.openedPicture" : "toast.opened") + " " + paths.front(), now);
    std::printf("Netwerktafel: bord geopend uit %s\n", paths.front().c_str());
    std::fflush(stdout);
}

void BoardSwitcher::switchTo(OpenedFile opened, double now) {
    m_view.forgetBoard();
    m_session.replaceBoard(std::move(opened.board), SessionFile{opened.savePath, opened.base, opened.recovered()}, now);
}

}  // namespace nt
