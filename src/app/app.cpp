// The frame loop.
#include "app/app.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "app/board_opening.h"
#include "app/latency_probe.h"
#include "app/picture_host.h"
#include "app/touch_inputs.h"
#include "app/start_host.h"
#include "app/ui_map.h"
#include "core/atomic_file.h"
#include "core/board_file.h"
#include "core/dates.h"
#include "core/programme.h"
#include "core/translations.h"
#include "input/pointer_router.h"
#include "platform/bell.h"
#include "net/phone_host.h"
#include "platform/signals.h"
#include "platform/window.h"
#include "render/screenshot.h"
#include "session/session.h"
#include "view/board_view.h"
#include "view/fonts.h"
#include "view/start_screen.h"
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
          // The programme's clock: Unix time when the app started plus the
          // window's monotonic time, so a timer never jumps with the wall clock
          // while the app runs, and a reopened board still knows its time left.
          m_session(std::move(m_setup.board), SessionFile{m_setup.savePath, m_setup.saveBase, m_setup.recovered},
                    std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count() -
                        m_window.now(),
                    [] { Window::wake(); }),
          m_history(m_session.history()),
          m_router(m_session.router()),
          m_lang(m_setup.options.lang),
          m_latency(m_setup.options.latencyLog) {
        m_window.setClearColour(ImGui::ColorConvertU32ToFloat4(theme::rgb(theme::kBackground)));  // the paper (see DrawBoardBackground)
        loadLanguage(m_lang);
        bakeFonts();
        configureRouter();
        m_router.setWallClock(isoTimeNow);
        if (!m_setup.catalogue.types().empty()) {
            const ActorType& first = m_setup.catalogue.types().front();
            m_router.setActorType(first.id, first.name(m_lang));
        }
        startPhones();
        if (m_setup.startScreen) showStart(m_window.now());
        else if (!m_setup.options.file.empty() && m_setup.options.screenshot.empty())
            rememberRecentBoard(homeFolder(), m_setup.options.file);
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
                const auto due = earliest({m_session.nextDeadline(now), m_view.nextDeadline(),
                                           m_view.editing() ? std::optional<double>(now + 0.5) : std::nullopt,
                                           m_phones ? m_phones->nextRefresh(now) : std::nullopt,
                                           m_pictures.running() ? std::optional<double>(now + 0.1) : std::nullopt});
                m_window.waitEvents(due ? std::optional<double>(std::max(0.0, *due - now)) : std::nullopt);
            }
            const double now = m_window.now();
            m_latency.frameStart();
            if (m_window.takeActivity()) settleFrames = kFramesAfterActivity;

            const std::uint64_t before = m_history.revision();
            std::vector<PointerEvent> touches;
            if (m_touch.take(touches)) settleFrames = kFramesAfterActivity;
            for (const PointerEvent& e : touches) route(e);
            if (servePhones(now)) settleFrames = kFramesAfterActivity;
            for (const PointerEvent& e : m_window.takePointerEvents()) route(e);
            for (const PhysicalKey& key : m_window.takeTyped()) m_router.keyboards().typePhysical(key);
            m_session.update(now);
            m_window.setOnScreenTyping(!m_router.keyboards().sessions().empty());
            handleShortcuts(now);
            if (const auto dropped = m_window.takeDroppedFiles(); !dropped.empty()) openDropped(dropped, now);
            m_view.handle(m_router.takeRequests());
            m_session.followProgramme();
            showEvents(now);

            if (fontsOutdated()) {
                // Between frames: the atlas is rebuilt and the GL font texture made again.
                ImGui_ImplOpenGL3_DestroyFontsTexture();
                bakeFonts();
                ImGui_ImplOpenGL3_CreateFontsTexture();
            }
            m_pictures.update(m_session, m_tr, m_lang, [this, now](const std::string& text, bool error) {
                m_view.toast(text, now, error);
            });
            // The start screen's pictures of boards, one a frame, rendered between frames.
            if (m_starting && m_startHost->makePicture(m_lang)) settleFrames = kFramesAfterActivity;
            drawFrame(now);
            m_latency.frameComposed();
            m_window.draw();
            if (m_history.revision() != before) settleFrames = kFramesAfterActivity;
            if (!screenshotMode) m_session.keepSaved(now);
            if (showEvents(now)) settleFrames = kFramesAfterActivity;  // show the toast now

            if (screenshotMode && --framesLeft <= 0) return writeScreenshot();
            if (settleFrames > 0) --settleFrames;
            m_latency.frameBuilt();
            // Phones' writes are answered while the frame is being drawn,
            // not after it: their change shows in the next frame. Without
            // phones the frame is shown as ever, with no fence between CPU and GPU.
            if (m_phones)
                m_window.present([this, &settleFrames] {
                    if (servePhones(m_window.now())) settleFrames = kFramesAfterActivity;
                });
            else
                m_window.present();
            m_latency.frameDone(m_window.now());
        }
        return finish();
    }

private:
    // The on-screen keyboards lie above the panels: a pointer on one is the board's, never ImGui's.
    std::function<bool(Vec2)> onKeyboard() const {
        return [r = &m_router](Vec2 p) { return r->keyboards().hitTest(p).part != KeyboardHit::Part::None; };
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

    // Applies the phones' queued writes and answers them; true if the board changed.
    bool servePhones(double now) { return m_phones && m_phones->update(m_history, m_tr, m_lang, now); }

    // Every pointer event reaches the board through here.
    void route(const PointerEvent& e) {
        m_latency.saw(e);
        // Behind the start screen there is no board to touch: only its keyboards.
        if (m_starting && e.phase == PointerPhase::Down && !onKeyboard()(e.pos)) return;
        m_session.handle(e);
    }

    // [SECTION] The start screen: shown without a board file, and when the
    // facilitator closes the board (saved first).
    void showStart(double now) {
        if (!m_startHost) m_startHost = std::make_unique<StartHost>(homeFolder(), m_setup.assetDir, m_setup.catalogue);
        m_router.cancelAll();
        m_startHost->refresh(isoDayAt(m_session.clock(now)));
        m_startScreen.reset();
        m_starting = true;
    }

    // Back to the start screen from the board; the board is saved first, and stays if it cannot be.
    void closeBoard(double now) {
        if (m_session.store().fileBehind(m_session.revision()) && !m_session.save(now, false)) return;
        const std::string& path = m_session.store().path();
        if (!path.empty()) rememberRecentBoard(homeFolder(), path);  // before the list is read
        switchTo(OpenedFile{}, now);
        showStart(now);
    }

    // Acts on what was chosen on the start screen.
    void takeStartChoice(const StartChoice& choice, double now) {
        std::string problem;
        std::optional<OpenedFile> opened = m_startHost->take(choice, problem);
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

    // Puts another board on the table, with its own store.
    void switchTo(OpenedFile opened, double now) {
        m_view.forgetBoard();
        m_session.replaceBoard(std::move(opened.board), SessionFile{opened.savePath, opened.base, opened.recovered()}, now);
    }

    void loadLanguage(Lang lang) {
        const std::string path = m_setup.assetDir + "/i18n/" + langName(lang) + ".json";
        m_tr = Translations::load(path);
        m_lang = lang;
    }

    // [SECTION] Fonts: baked for the window's scale and the facilitator's UI scale.
    bool fontsOutdated() const {
        return m_window.transform().scale != m_fontScale || m_history.board().display.uiScale != m_fontUiScale;
    }

    void bakeFonts() {
        m_fontScale = m_window.transform().scale;
        m_fontUiScale = m_history.board().display.uiScale;
        const float scale = static_cast<float>(m_fontScale);
        const float ui = m_fontUiScale > 0 ? static_cast<float>(m_fontUiScale) : scale;
        m_fonts = Fonts::load(m_setup.assetDir, scale, ui);
        theme::applyImGuiStyle(ui);
    }

    void configureRouter() {
        InteractionConfig config;
        config.boardUnitsPerMm = m_window.boardUnitsPerMm();
        m_router.setConfig(config);
    }

    void handleShortcuts(double now) {
        using Op = request::Timer::Op;
        for (Shortcut s : m_window.takeShortcuts()) {
            // A note's editor owns the keys from the frame it opens, which
            // is a frame or two before ImGui reports that it wants text.
            if (isFacilitatorKey(s) && m_view.editing()) continue;
            switch (s) {
                case Shortcut::Undo: m_session.request(request::Undo{}, now); break;
                case Shortcut::Redo: m_session.request(request::Redo{}, now); break;
                case Shortcut::Save: m_session.request(request::Save{}, now); break;
                case Shortcut::Quit: m_window.requestClose(); break;
                case Shortcut::TimerToggle: m_session.request(request::Timer{Op::Toggle}, now); break;
                case Shortcut::NextPhase: m_session.request(request::Timer{Op::NextPhase}, now); break;
                case Shortcut::PreviousPhase: m_session.request(request::Timer{Op::PreviousPhase}, now); break;
                case Shortcut::AddMinute: m_session.request(request::Timer{Op::AddSeconds, 60}, now); break;
                case Shortcut::AddFiveMinutes: m_session.request(request::Timer{Op::AddSeconds, 300}, now); break;
                case Shortcut::RemoveMinute: m_session.request(request::Timer{Op::AddSeconds, -60}, now); break;
                case Shortcut::ToggleProgramme: m_view.toggleProgrammePanel(); break;
            }
        }
    }

    // What the session did, on screen: toasts, a new combination opened, the
    // wrap-up view following the programme (it can always be opened from
    // "Meer" too). True when there was something to show.
    bool showEvents(double now) {
        const std::vector<SessionEvent> events = m_session.takeEvents();
        for (const SessionEvent& e : events) {
            switch (e.kind) {
                case SessionEvent::Kind::Toast:
                    m_view.toast(e.detail.empty() ? m_tr(e.key) : m_tr(e.key) + " " + e.detail, now, e.error);
                    break;
                case SessionEvent::Kind::ShowCombination: m_view.showCombination(e.item); break;
                case SessionEvent::Kind::WrapUpReached: m_view.showWrapUp(); break;
                case SessionEvent::Kind::WrapUpLeft: m_view.closeWrapUp(); break;
            }
        }
        return !events.empty();
    }

    void drawFrame(double now) {
        m_window.beginFrame();
        const std::optional<PhoneStatus> phones = m_phones ? std::optional(m_phones->status()) : std::nullopt;
        const PictureProgress picture = m_pictures.progress();
        const ViewInput input{m_history.board(), m_router, m_setup.catalogue, m_tr, m_lang,
                              m_window.transform(), m_fonts, now, m_history.canUndo(),
                              m_history.canRedo(), &m_setup.municipalities, m_session.clock(now),
                              phones ? &*phones : nullptr, &picture, m_touch.drivingImGui(),
                              m_history.undoName(), m_history.redoName()};
        StartChoice startChoice;
        ViewIntents intents = m_starting ? m_view.startFrame(input, m_startScreen, m_startHost->input(), startChoice)
                                         : m_view.frame(input);
        m_window.endFrame();
        m_session.request(request::Apply{std::move(intents.commands)}, now);
        m_session.request(request::Apply{std::move(intents.timerCommands), Record::No}, now);
        m_router.setTypeSources(std::move(intents.layout.typeSources));
        std::vector<std::string> shown;
        for (const ViewLayout::Shown& f : intents.layout.fieldsShown) shown.push_back(f.key);
        m_router.keyboards().keepPanelFields(shown);
        if (m_uiMap) m_uiMap->write(m_router.keyboards(), intents.layout, m_window.transform());
        for (auto& [target, at] : intents.keyboards) m_session.request(request::OpenKeyboard{std::move(target), at}, now);
        if (intents.newBubble) m_session.request(request::NewBubble{intents.newBubble->name, intents.newBubble->own}, now);
        if (intents.undo) m_session.request(request::Undo{}, now);
        if (intents.redo) m_session.request(request::Redo{}, now);
        if (intents.newCombination) m_session.request(request::NewCombination{*intents.newCombination}, now);
        if (intents.bell) ringBell(m_window.handle());
        if (intents.save) m_session.request(request::Save{}, now);
        if (intents.savePicture) m_pictures.savePicture(m_session, *intents.savePicture, now);
        if (intents.saveReport) m_pictures.saveReport(m_session, m_lang, now);
        if (intents.phonesJoinOpen && m_phones) m_phones->setJoinOpen(*intents.phonesJoinOpen);
        if (intents.removeDevice && m_phones) m_phones->removeDevice(m_history, *intents.removeDevice);
        if (intents.lang) loadLanguage(*intents.lang);
        if (intents.closeBoard) closeBoard(now);
        if (m_starting) takeStartChoice(startChoice, now);
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
        if (m_session.store().fileBehind(m_session.revision()) && !m_session.save(now, false)) return;  // never lose the board on the table
        const bool fromPicture = opened.fromPicture;
        switchTo(std::move(opened), now);
        m_starting = false;
        rememberRecentBoard(homeFolder(), paths.front());
        m_view.toast(m_tr(fromPicture ? "toast.openedPicture" : "toast.opened") + " " + paths.front(), now);
        std::printf("Netwerktafel: bord geopend uit %s\n", paths.front().c_str());
        std::fflush(stdout);
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
        m_latency.write();
        return m_session.finish(m_window.now()) ? 0 : 1;
    }

    AppSetup m_setup;
    Window m_window;
    Session m_session;
    History& m_history;       // the session's
    PointerRouter& m_router;  // the session's
    BoardView m_view;
    Translations m_tr;
    Lang m_lang;
    Fonts m_fonts;
    LatencyProbe m_latency;
    std::unique_ptr<UiMap> m_uiMap = UiMap::fromEnvironment();  // NT_UI_MAP: where things are, for UI tests
    double m_fontScale = 0, m_fontUiScale = 0;  // what m_fonts were baked for
    TouchInputs m_touch{m_window, m_setup.options.tuioPort, m_setup.options.tuioTimeout,
                        m_setup.options.screenshot.empty(), onKeyboard()};  // after m_window: stops first
    std::unique_ptr<PhoneHost> m_phones;         // after m_window: its server stops (and stops waking it) first
    std::unique_ptr<StartHost> m_startHost;      // after m_window: its pictures are GL textures
    StartScreen m_startScreen;
    bool m_starting = false;                     // the start screen shows; no board is open
    PictureHost m_pictures{m_setup.catalogue, m_setup.assetDir, [] { Window::wake(); }};  // after m_window: a picture
                                                                                          // under way is finished first
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
