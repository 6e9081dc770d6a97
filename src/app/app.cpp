// The frame loop.
#include "app/app.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <imgui.h>

#include "app/board_opening.h"
#include "app/board_store.h"
#include "app/latency_probe.h"
#include "core/atomic_file.h"
#include "core/board_file.h"
#include "core/combination_edits.h"
#include "core/note_slots.h"
#include "core/history.h"
#include "core/translations.h"
#include "input/pointer_router.h"
#include "net/phone_host.h"
#include "platform/imgui_touch_feed.h"
#include "platform/signals.h"
#include "platform/tuio_listener.h"
#include "platform/window.h"
#include "platform/x11_touch.h"
#include "render/screenshot.h"
#include "view/board_view.h"
#include "view/fonts.h"
#include "view/theme.h"

namespace nt {

namespace {

// The local wall-clock time for votes, e.g. "2026-11-23T14:05:09+01:00".
std::string isoTimeNow() {
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S%z", &local);
    // strftime's %z gives +0100; ISO 8601 wants +01:00.
    const size_t n = std::strlen(buf);
    if (n < 5) return buf;
    return std::string(buf, n - 2).append(":").append(buf + n - 2);
}

// ImGui needs a few frames after input to settle (hover, popups opening).
constexpr int kFramesAfterActivity = 3;

std::optional<double> earliest(std::initializer_list<std::optional<double>> times) {
    std::optional<double> best;
    for (const auto& t : times)
        if (t && (!best || *t < *best)) best = t;
    return best;
}

class App {
public:
    explicit App(AppSetup setup)
        : m_setup(std::move(setup)),
          m_window(WindowOptions{m_setup.options.fullscreen, m_setup.options.width, m_setup.options.height, "Netwerktafel"}),
          m_history(std::move(m_setup.board)),
          m_router(m_history),
          m_store(m_setup.savePath, m_history.revision()),
          m_lang(m_setup.options.lang),
          m_latency(m_setup.options.latencyLog) {
        loadLanguage(m_lang);
        const float scale = static_cast<float>(m_window.transform().scale);
        m_fonts = Fonts::load(m_setup.assetDir, scale);
        theme::applyImGuiStyle(scale);
        configureRouter();
        m_router.setWallClock(isoTimeNow);
        if (!m_setup.catalogue.types().empty()) {
            const ActorType& first = m_setup.catalogue.types().front();
            m_router.setActorType(first.id, first.name(m_lang));
        }
        startTuio();
        startX11Touch();
        startPhones();
    }

    int run() {
        const bool screenshotMode = !m_setup.options.screenshot.empty();
        int framesLeft = m_setup.options.frames;
        int settleFrames = kFramesAfterActivity;
        while (true) {
            if (terminationRequested() || m_window.shouldClose()) break;
            if (screenshotMode || settleFrames > 0) {
                m_window.pollEvents();
            } else {
                const double now = m_window.now();
                const auto due = earliest({m_router.nextDeadline(), m_view.nextDeadline(), m_store.autosaveDue(m_history.revision()),
                                           m_view.editing() ? std::optional<double>(now + 0.5) : std::nullopt,
                                           m_phones ? m_phones->nextRefresh(now) : std::nullopt});
                m_window.waitEvents(due ? std::optional<double>(std::max(0.0, *due - now)) : std::nullopt);
            }
            const double now = m_window.now();
            m_latency.frameStart();
            if (m_window.takeActivity()) settleFrames = kFramesAfterActivity;

            const std::uint64_t before = m_history.revision();
            if (routeTuio()) settleFrames = kFramesAfterActivity;
            if (routeX11Touch()) settleFrames = kFramesAfterActivity;
            if (m_phones && m_phones->update(m_history, m_tr, m_lang, now)) settleFrames = kFramesAfterActivity;
            for (const PointerEvent& e : m_window.takePointerEvents()) route(e);
            m_router.update(now);
            handleShortcuts(now);
            if (const auto dropped = m_window.takeDroppedFiles(); !dropped.empty()) openDropped(dropped, now);
            m_view.handle(m_router.takeRequests());

            drawFrame(now);
            if (m_history.revision() != before) settleFrames = kFramesAfterActivity;
            m_store.noteChange(m_history.revision(), now);
            if (const auto due = m_store.autosaveDue(m_history.revision()); due && now >= *due && !screenshotMode)
                save(now, /*announce=*/false);

            if (screenshotMode && --framesLeft <= 0) return writeScreenshot();
            if (settleFrames > 0) --settleFrames;
            m_latency.frameBuilt();
            m_window.present();
            m_latency.frameDone(m_window.now());
        }
        return finish();
    }

private:
    // [SECTION] TUIO touch input: a listener thread queues events; the loop routes them.
    void startTuio() {
        if (m_setup.options.tuioPort == 0 || !m_setup.options.screenshot.empty()) return;
        TuioConfig config;
        config.silenceTimeout = m_setup.options.tuioTimeout;
        m_tuio = TuioListener::start(m_setup.options.tuioPort, [w = &m_window] { return w->now(); }, [] { Window::wake(); },
                                     config);
    }

    bool routeTuio() {
        if (!m_tuio) return false;
        const std::vector<PointerEvent> events = m_tuio->takeEvents();
        const BoardTransform xf = m_window.transform();
        for (PointerEvent e : events) {
            e.pos = tuioToLetterboxedBoard(e.pos, xf);
            route(e);
        }
        return !events.empty();
    }

    // [SECTION] X11 touch input: XInput 2.2 touches read on their own thread
    // (platform/x11_touch); the loop translates them for the window's current
    // letterboxing. The first touch landing on an ImGui window drives ImGui
    // (platform/imgui_touch_feed); the rest go to the router. Nothing in
    // --screenshot mode; nothing, quietly, where the server has no XInput 2.2
    // or no touch device.
    void startX11Touch() {
        if (!m_setup.options.screenshot.empty()) return;
        m_x11Touch = X11TouchReader::start(m_window.handle(), [w = &m_window] { return w->now(); }, [] { Window::wake(); });
        if (m_x11Touch) m_window.setImGuiInputHook([feed = &m_imguiTouch] { feed->apply(); });
    }

    bool routeX11Touch() {
        if (!m_x11Touch) return false;
        const std::vector<PointerEvent> events = m_x11Touch->takeEvents(m_window.transform());
        for (const PointerEvent& e : m_imguiTouch.take(events, m_window.transform())) route(e);
        return !events.empty() || m_imguiTouch.busy();
    }

    // [SECTION] Participants' phones: a web server thread queues their
    // writes; PhoneHost applies them here, on the main thread.
    void startPhones() {
        const Options& o = m_setup.options;
        if (o.httpPort == 0 || (!o.screenshot.empty() && !o.httpPortGiven)) return;
        auto server = PhoneServer::start(o.httpPort, PhoneLimits{}, [] { Window::wake(); });
        if (!server) return;  // the port is taken: said once on stderr; the board runs on without phones
        std::printf("Netwerktafel: deelnemers doen mee met hun telefoon via %s (code %s)\n", server->joinUrl().c_str(),
                    server->code().c_str());
        std::fflush(stdout);
        m_phones = std::make_unique<PhoneHost>(std::move(server), isoTimeNow);
    }

    // Every pointer event reaches the board through here.
    void route(const PointerEvent& e) {
        m_latency.saw(e);
        m_router.handle(e);
    }

    void loadLanguage(Lang lang) {
        const std::string path = m_setup.assetDir + "/i18n/" + langName(lang) + ".json";
        m_tr = Translations::load(path);
        m_lang = lang;
    }

    void configureRouter() {
        InteractionConfig config;
        config.boardUnitsPerMm = m_window.boardUnitsPerMm();
        m_router.setConfig(config);
    }

    void handleShortcuts(double now) {
        for (Shortcut s : m_window.takeShortcuts()) {
            switch (s) {
                case Shortcut::Undo: m_router.cancelAll(); m_history.undo(); break;
                case Shortcut::Redo: m_router.cancelAll(); m_history.redo(); break;
                case Shortcut::Save: save(now, true); break;
                case Shortcut::Quit: m_window.requestClose(); break;
            }
        }
    }

    void drawFrame(double now) {
        m_window.beginFrame();
        const std::optional<PhoneStatus> phones = m_phones ? std::optional(m_phones->status()) : std::nullopt;
        ViewIntents intents = m_view.frame(ViewInput{m_history.board(), m_router, m_setup.catalogue, m_tr, m_lang,
                                                     m_window.transform(), m_fonts, now, m_history.canUndo(),
                                                     m_history.canRedo(), phones ? &*phones : nullptr});
        m_window.endFrame();
        for (auto& cmd : intents.commands) m_history.apply(std::move(cmd));
        if (intents.undo || intents.redo) m_router.cancelAll();  // as for Ctrl+Z: no drag outlives the step it depends on
        if (intents.undo) m_history.undo();
        if (intents.redo) m_history.redo();
        if (intents.newCombination) {
            const std::vector<Id>& members = *intents.newCombination;
            const Board& board = m_history.board();
            std::string name;
            for (Id member : members)
                if (const Actor* a = findById(board.actors, member)) name += (name.empty() ? "" : " + ") + a->name;
            const Id id = m_history.newId();
            m_history.apply(createCombination(board, id, members, name, freeCardSpot(board, members)));
            m_view.showCombination(id);
        }
        if (intents.phonesJoinOpen && m_phones) m_phones->setJoinOpen(*intents.phonesJoinOpen);
        if (intents.save) save(now, true);
        if (intents.lang) loadLanguage(*intents.lang);
        if (intents.actorType || intents.lang) {
            const std::string type = intents.actorType.value_or(m_router.actorType());
            m_router.setActorType(type, m_setup.catalogue.find(type, &m_history.board()).name(m_lang));
        }
    }

    // A board JSON or exported PNG dropped on the window replaces the board,
    // once the current one is safely saved. One file at a time.
    void openDropped(const std::vector<std::string>& paths, double now) {
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
        m_router.cancelAll();
        if (m_store.dirty(m_history.revision()) && !save(now, false)) return;  // never lose the board on the table
        m_history.reset(std::move(opened.board));
        m_store = BoardStore(opened.savePath, m_history.revision());
        m_view.toast(m_tr(opened.fromPicture ? "toast.openedPicture" : "toast.opened") + " " + paths.front(), now);
        std::printf("Netwerktafel: bord geopend uit %s\n", paths.front().c_str());
        std::fflush(stdout);
    }

    bool save(double now, bool announce) {
        try {
            m_store.save(m_history.board(), m_history.revision());
            if (announce) m_view.toast(m_tr("toast.saved") + " " + m_store.path(), now);
            return true;
        } catch (const SaveError& e) {
            m_view.toast(m_tr(announce ? "toast.saveFailed" : "toast.autosaveFailed") + " " + e.what(), now, true);
            std::fprintf(stderr, "netwerktafel: %s\n", e.what());
            m_store.postpone(now + 30);  // no retry in a tight loop; a new change tries again sooner
            return false;
        }
    }

    int writeScreenshot() {
        try {
            writeBackBufferPng(m_setup.options.screenshot, m_window.framebufferWidth(), m_window.framebufferHeight());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "netwerktafel: %s\n", e.what());
            return 1;
        }
        return 0;
    }

    int finish() {
        m_router.cancelAll();
        m_latency.write();
        if (!m_store.dirty(m_history.revision())) return 0;
        try {
            m_store.save(m_history.board(), m_history.revision());
            std::printf("Netwerktafel: bord bewaard in %s\n", m_store.path().c_str());
            return 0;
        } catch (const SaveError& e) {
            std::fprintf(stderr, "netwerktafel: %s\n", e.what());
            return 1;
        }
    }

    AppSetup m_setup;
    Window m_window;
    History m_history;
    PointerRouter m_router;
    BoardView m_view;
    BoardStore m_store;
    Translations m_tr;
    Lang m_lang;
    Fonts m_fonts;
    LatencyProbe m_latency;
    std::unique_ptr<TuioListener> m_tuio;  // after m_window: stops (and stops waking it) first
    ImGuiTouchFeed m_imguiTouch;                 // after m_window: the window's ImGui hook points here
    std::unique_ptr<X11TouchReader> m_x11Touch;  // after m_window: closes its X connection before GLFW's
    std::unique_ptr<PhoneHost> m_phones;         // after m_window: its server stops (and stops waking it) first
};

}  // namespace

int runApp(AppSetup setup) {
    installTerminationHandling([] { Window::wake(); });
    try {
        App app(std::move(setup));
        return app.run();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "netwerktafel: %s\n", e.what());
        return 1;
    }
}

}  // namespace nt
