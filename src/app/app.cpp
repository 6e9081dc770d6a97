// The frame loop.
#include "app/app.h"

#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "app/board_opening.h"
#include "app/board_store.h"
#include "app/latency_probe.h"
#include "app/start_host.h"
#include "app/ui_map.h"
#include "core/atomic_file.h"
#include "core/board_file.h"
#include "core/bubble_placement.h"
#include "core/combination_edits.h"
#include "core/dates.h"
#include "core/note_slots.h"
#include "core/history.h"
#include "core/programme.h"
#include "core/report_html.h"
#include "core/translations.h"
#include "input/pointer_router.h"
#include "platform/bell.h"
#include "net/phone_host.h"
#include "platform/imgui_touch_feed.h"
#include "platform/signals.h"
#include "platform/tuio_listener.h"
#include "platform/window.h"
#include "platform/x11_touch.h"
#include "render/offscreen_export.h"
#include "render/picture_job.h"
#include "render/screenshot.h"
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

// "/long/path/workshop.json.journal: reason" → "workshop.json.journal: reason",
// short enough for a toast (stderr keeps the whole path).
std::string withoutFolder(const std::string& message) {
    const size_t colon = message.find(": ");
    const size_t slash = message.rfind('/', colon);
    return colon == std::string::npos || slash == std::string::npos ? message : message.substr(slash + 1);
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
          m_store(std::make_unique<BoardStore>(m_setup.savePath, m_setup.saveBase, m_history.revision(),
                                               m_setup.recovered, [] { Window::wake(); })),
          m_lang(m_setup.options.lang),
          m_latency(m_setup.options.latencyLog) {
        // The programme's clock: Unix time when the app started plus the
        // window's monotonic time, so a timer never jumps with the wall clock
        // while the app runs, and a reopened board still knows its time left.
        m_clockAnchor = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count() -
                        m_window.now();
        m_window.setClearColour(ImGui::ColorConvertU32ToFloat4(theme::rgb(theme::kBackground)));  // the paper (see DrawBoardBackground)
        loadLanguage(m_lang);
        bakeFonts();
        configureRouter();
        m_router.setWallClock(isoTimeNow);
        if (!m_setup.catalogue.types().empty()) {
            const ActorType& first = m_setup.catalogue.types().front();
            m_router.setActorType(first.id, first.name(m_lang));
        }
        startTuio();
        startX11Touch();
        hookImGuiTouch();
        if (m_setup.recovered) m_view.toast(m_tr("toast.recovered"), m_window.now());
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
                const auto due = earliest({m_router.nextDeadline(), m_view.nextDeadline(), m_store->nextDue(m_history.revision()),
                                           m_view.editing() ? std::optional<double>(now + 0.5) : std::nullopt, timerTick(now),
                                           m_phones ? m_phones->nextRefresh(now) : std::nullopt,
                                           m_picture.running() ? std::optional<double>(now + 0.1) : std::nullopt});
                m_window.waitEvents(due ? std::optional<double>(std::max(0.0, *due - now)) : std::nullopt);
            }
            const double now = m_window.now();
            m_latency.frameStart();
            if (m_window.takeActivity()) settleFrames = kFramesAfterActivity;

            const std::uint64_t before = m_history.revision();
            if (routeTuio()) settleFrames = kFramesAfterActivity;
            if (routeX11Touch()) settleFrames = kFramesAfterActivity;
            if (servePhones(now)) settleFrames = kFramesAfterActivity;
            for (const PointerEvent& e : m_window.takePointerEvents()) route(e);
            for (const PhysicalKey& key : m_window.takeTyped()) m_router.keyboards().typePhysical(key);
            m_router.update(now);
            m_window.setOnScreenTyping(!m_router.keyboards().sessions().empty());
            handleShortcuts(now);
            if (const auto dropped = m_window.takeDroppedFiles(); !dropped.empty()) openDropped(dropped, now);
            m_view.handle(m_router.takeRequests());
            followPhase();

            if (fontsOutdated()) {
                // Between frames: the atlas is rebuilt and the GL font texture made again.
                ImGui_ImplOpenGL3_DestroyFontsTexture();
                bakeFonts();
                ImGui_ImplOpenGL3_CreateFontsTexture();
            }
            updatePicture(now);
            // The start screen's pictures of boards, one a frame, rendered between frames.
            if (m_starting && m_startHost->makePicture(m_lang)) settleFrames = kFramesAfterActivity;
            drawFrame(now);
            m_latency.frameComposed();
            m_window.draw();
            if (m_history.revision() != before) settleFrames = kFramesAfterActivity;
            if (!screenshotMode && keepSaved(now)) settleFrames = kFramesAfterActivity;  // show the toast now

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
        std::vector<PointerEvent> touches = events;
        for (PointerEvent& e : touches) e.pos = tuioToLetterboxedBoard(e.pos, xf);
        // A TUIO finger on a panel drives ImGui as an X11 touch does.
        for (const PointerEvent& e : m_imguiTouch.take(touches, xf, onKeyboard())) route(e);
        return !events.empty() || m_imguiTouch.busy();
    }

    // The on-screen keyboards lie above the panels: a pointer on one is the board's, never ImGui's.
    std::function<bool(Vec2)> onKeyboard() const {
        return [r = &m_router](Vec2 p) { return r->keyboards().hitTest(p).part != KeyboardHit::Part::None; };
    }

    void hookImGuiTouch() {
        m_window.setImGuiInputHook([this] {
            m_imguiTouch.apply();
            // The mouse over a keyboard is hidden from ImGui, so the press goes to the keyboard.
            ImGuiIO& io = ImGui::GetIO();
            if (!m_imguiTouch.driving() && onKeyboard()(m_window.transform().toBoard({io.MousePos.x, io.MousePos.y})))
                io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        });
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
    }

    bool routeX11Touch() {
        if (!m_x11Touch) return false;
        const std::vector<PointerEvent> events = m_x11Touch->takeEvents(m_window.transform());
        for (const PointerEvent& e : m_imguiTouch.take(events, m_window.transform(), onKeyboard())) route(e);
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

    // Applies the phones' queued writes and answers them; true if the board changed.
    bool servePhones(double now) { return m_phones && m_phones->update(m_history, m_tr, m_lang, now); }

    // Every pointer event reaches the board through here.
    void route(const PointerEvent& e) {
        m_latency.saw(e);
        // Behind the start screen there is no board to touch: only its keyboards.
        if (m_starting && e.phase == PointerPhase::Down && !onKeyboard()(e.pos)) return;
        m_router.handle(e);
    }

    // [SECTION] The start screen: shown without a board file, and when the
    // facilitator closes the board (saved first).
    void showStart(double now) {
        if (!m_startHost) m_startHost = std::make_unique<StartHost>(homeFolder(), m_setup.assetDir, m_setup.catalogue);
        m_router.cancelAll();
        m_startHost->refresh(isoDayAt(m_clockAnchor + now));
        m_startScreen.reset();
        m_starting = true;
    }

    // Back to the start screen from the board; the board is saved first, and stays if it cannot be.
    void closeBoard(double now) {
        if (m_store->fileBehind(m_history.revision()) && !save(now, false)) return;
        if (!m_store->path().empty()) rememberRecentBoard(homeFolder(), m_store->path());  // before the list is read
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
        m_router.cancelAll();
        m_view.forgetBoard();
        m_history.reset(std::move(opened.board));
        m_store = std::make_unique<BoardStore>(opened.savePath, opened.base, m_history.revision(), opened.recovered(),
                                               [] { Window::wake(); });
        if (opened.recovered()) m_view.toast(m_tr("toast.recovered"), now);
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
        const double clock = m_clockAnchor + now;
        const Programme& p = m_history.board().programme;
        for (Shortcut s : m_window.takeShortcuts()) {
            // A note's editor owns the keys from the frame it opens, which
            // is a frame or two before ImGui reports that it wants text.
            if (isFacilitatorKey(s) && m_view.editing()) continue;
            switch (s) {
                case Shortcut::Undo: m_router.cancelAll(); m_history.undo(); break;
                case Shortcut::Redo: m_router.cancelAll(); m_history.redo(); break;
                case Shortcut::Save: save(now); break;
                case Shortcut::Quit: m_window.requestClose(); break;
                case Shortcut::TimerToggle: applyTimer(toggleTimer(p, clock)); break;
                case Shortcut::NextPhase: applyTimer(nextPhase(p, clock)); break;
                case Shortcut::PreviousPhase: applyTimer(previousPhase(p, clock)); break;
                case Shortcut::AddMinute: applyTimer(addTime(p, 60, clock)); break;
                case Shortcut::AddFiveMinutes: applyTimer(addTime(p, 300, clock)); break;
                case Shortcut::RemoveMinute: applyTimer(addTime(p, -60, clock)); break;
                case Shortcut::ToggleProgramme: m_view.toggleProgrammePanel(); break;
            }
        }
    }

    // The closing view comes up when the programme reaches the wrap-up, and
    // goes again when the facilitator moves on (it can always be opened from
    // "Meer" too).
    void followPhase() {
        const Phase* phase = currentPhase(m_history.board().programme);
        const Id id = phase ? phase->id : kNoId;
        if (m_followedPhase && *m_followedPhase == id) return;
        const bool wasWrapUp = m_followedWrapUp;
        m_followedPhase = id;
        m_followedWrapUp = phase && phase->kind == PhaseKind::WrapUp;
        if (m_followedWrapUp) m_view.showWrapUp();
        else if (wasWrapUp) m_view.closeWrapUp();
    }

    // [SECTION] The phase timer: its operations are not undo steps.
    void applyTimer(Programme after) { m_history.apply(programmeChange(m_history.board(), std::move(after)), Record::No); }

    // When, on the window's clock, the running timer's display next changes.
    std::optional<double> timerTick(double now) const {
        const auto tick = nextTimerTick(m_history.board().programme, m_clockAnchor + now);
        return tick ? std::optional<double>(*tick - m_clockAnchor) : std::nullopt;
    }

    void drawFrame(double now) {
        m_window.beginFrame();
        const std::optional<PhoneStatus> phones = m_phones ? std::optional(m_phones->status()) : std::nullopt;
        const PictureProgress picture = m_picture.progress();
        if (picture.stage == PictureStage::Rendering) m_pictureOverlayShown = true;  // in this frame, before drawing the picture
        const ViewInput input{m_history.board(), m_router, m_setup.catalogue, m_tr, m_lang,
                              m_window.transform(), m_fonts, now, m_history.canUndo(),
                              m_history.canRedo(), &m_setup.municipalities, m_clockAnchor + now,
                              phones ? &*phones : nullptr, &picture, m_imguiTouch.driving()};
        StartChoice startChoice;
        ViewIntents intents = m_starting ? m_view.startFrame(input, m_startScreen, m_startHost->input(), startChoice)
                                         : m_view.frame(input);
        m_window.endFrame();
        for (auto& cmd : intents.commands) m_history.apply(std::move(cmd));
        for (auto& cmd : intents.timerCommands) m_history.apply(std::move(cmd), Record::No);
        m_router.setTypeSources(std::move(intents.typeSources));
        std::vector<std::string> shown;
        for (const ViewIntents::ShownField& f : intents.fieldsShown) shown.push_back(f.key);
        m_router.keyboards().keepPanelFields(shown);
        if (m_uiMap) m_uiMap->write(m_router.keyboards(), intents, m_window.transform());
        for (auto& [target, at] : intents.keyboards) m_router.keyboards().open(std::move(target), at, m_router.config().boardUnitsPerMm);
        if (intents.newBubble)
            m_history.apply(addMunicipalityBubble(m_history.board(), m_history.newId(), intents.newBubble->name, intents.newBubble->own));
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
        if (intents.bell) ringBell(m_window.handle());
        if (intents.save) save(now);
        if (intents.savePicture) savePicture(*intents.savePicture, now);
        if (intents.saveReport) saveReport(now);
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
        if (m_store->fileBehind(m_history.revision()) && !save(now, false)) return;  // never lose the board on the table
        const bool fromPicture = opened.fromPicture;
        switchTo(std::move(opened), now);
        m_starting = false;
        rememberRecentBoard(homeFolder(), paths.front());
        m_view.toast(m_tr(fromPicture ? "toast.openedPicture" : "toast.opened") + " " + paths.front(), now);
        std::printf("Netwerktafel: bord geopend uit %s\n", paths.front().c_str());
        std::fflush(stdout);
    }


    // Journal and file writes run on the store's thread; a failure is told
    // once (toast and stderr), and again when writing works again.
    bool keepSaved(double now) {
        const auto notice = m_store->update(m_history.board(), m_history.revision(), now);
        if (!notice) return false;
        if (notice->kind == BoardStore::Notice::Kind::Failed) {
            m_view.toast(m_tr("toast.autosaveFailed") + " " + withoutFolder(notice->detail), now, true);
            std::fprintf(stderr, "netwerktafel: %s; the board stays open, saving is tried again every %.0f s\n",
                         notice->detail.c_str(), BoardStore::kRetrySeconds);
        } else {
            m_view.toast(m_tr("toast.savingWorksAgain") + " " + notice->detail, now);
            std::fprintf(stderr, "netwerktafel: saving works again (%s)\n", notice->detail.c_str());
        }
        return true;
    }

    // Writes the board file now (Ctrl+S, the save button); `announce` says so on screen.
    bool save(double now, bool announce = true) {
        try {
            m_store->saveNow(m_history.board(), m_history.revision(), now);
            if (announce) m_view.toast(m_tr("toast.saved") + " " + m_store->path(), now);
            return true;
        } catch (const SaveError& e) {
            m_view.toast(m_tr("toast.saveFailed") + " " + e.what(), now, true);
            std::fprintf(stderr, "netwerktafel: %s\n", e.what());
            return false;
        }
    }

    // [SECTION] The board as a picture: the board file first (the demo gets
    // its own file), then the picture beside it. The overlay shows for one
    // frame, then the pixels are drawn here (GL stays on this thread) and a
    // worker packs and writes them while the board goes on.
    void savePicture(int width, double now) {
        if (m_picture.running() || !save(now, false)) return;
        if (m_picture.begin(width, picturePathFor(m_store->path(), width))) m_pictureOverlayShown = false;
    }

    // The results report: the board file first (the demo gets its own
    // file), then the board's picture made as for "save picture"; the
    // worker then writes the Markdown, the CSV and the HTML page with that
    // picture inside beside the board file (core/report_html).
    void saveReport(double now) {
        if (m_picture.running() || !save(now, false)) return;
        const std::string page = reportPathFor(m_store->path(), m_lang, ".html");
        if (m_picture.begin(kPictureSizes.front().width, page, /*report=*/true)) m_pictureOverlayShown = false;
    }

    // What the worker does with the report's picture: it works on copies, so
    // the board, a language switch or a new catalogue never race with it.
    PictureJob::Finish reportWriter() const {
        return [board = m_history.board(), catalogue = m_setup.catalogue, tr = m_tr, lang = m_lang,
                boardPath = m_store->path()](const std::string& png) {
            writeReportFiles({board, catalogue, tr, lang}, png, boardPath);
        };
    }

    void updatePicture(double now) {
        const PictureProgress p = m_picture.progress();
        if (p.stage == PictureStage::Rendering && m_pictureOverlayShown) {
            try {
                RgbaImage image = renderBoardImage({m_history.board(), m_setup.catalogue, m_setup.assetDir, p.width, m_lang});
                m_picture.encode(std::move(image), m_history.board(), p.report ? reportWriter() : PictureJob::Finish{});
            } catch (const std::exception& e) {
                m_picture.fail(p.path + ": " + e.what());
            }
        }
        const auto outcome = m_picture.takeOutcome();
        if (!outcome) return;
        if (outcome->report) {
            reportOutcome(*outcome, now);
        } else if (outcome->stage == PictureStage::Done) {
            m_view.toast(m_tr("toast.pictureSaved") + " " + outcome->path, now);
            std::printf("Netwerktafel: afbeelding bewaard in %s\n", outcome->path.c_str());
            std::fflush(stdout);
        } else {
            m_view.toast(m_tr("toast.pictureFailed") + " " + withoutFolder(outcome->error), now, true);
            std::fprintf(stderr, "netwerktafel: %s\n", outcome->error.c_str());
        }
    }

    void reportOutcome(const PictureProgress& outcome, double now) {
        if (outcome.stage == PictureStage::Done) {
            // "Verslag bewaard in /home/an/Netwerktafel: workshop-verslag.html, .md, .csv"
            const std::filesystem::path page(outcome.path);
            m_view.toast(m_tr("toast.reportSaved") + " " + page.parent_path().string() + ": " + page.filename().string() +
                             ", .md, .csv",
                         now);
            std::printf("Netwerktafel: verslag bewaard in %s\n", outcome.path.c_str());
            std::fflush(stdout);
        } else {
            m_view.toast(m_tr("toast.reportFailed") + " " + withoutFolder(outcome.error), now, true);
            std::fprintf(stderr, "netwerktafel: %s\n", outcome.error.c_str());
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
        if (!m_store->fileBehind(m_history.revision())) return 0;
        try {
            m_store->saveNow(m_history.board(), m_history.revision(), m_window.now());
            std::printf("Netwerktafel: bord bewaard in %s\n", m_store->path().c_str());
            return 0;
        } catch (const SaveError& e) {
            std::fprintf(stderr, "netwerktafel: %s\n", e.what());
        }
        // Not into its own file: then at least into a new one in ~/Netwerktafel.
        try {
            const std::string rescue = m_store->saveCopy(m_history.board());
            std::fprintf(stderr, "netwerktafel: the board was saved in %s instead\n", rescue.c_str());
        } catch (const SaveError& e) {
            std::fprintf(stderr, "netwerktafel: %s\n", e.what());
        }
        return 1;
    }

    AppSetup m_setup;
    Window m_window;
    History m_history;
    PointerRouter m_router;
    BoardView m_view;
    std::unique_ptr<BoardStore> m_store;  // replaced when a board is dropped on the window
    Translations m_tr;
    Lang m_lang;
    Fonts m_fonts;
    LatencyProbe m_latency;
    std::unique_ptr<UiMap> m_uiMap = UiMap::fromEnvironment();  // NT_UI_MAP: where things are, for UI tests
    double m_clockAnchor = 0;  // the programme's clock = m_clockAnchor + m_window.now()
    std::optional<Id> m_followedPhase;  // the phase followPhase last saw
    bool m_followedWrapUp = false;
    double m_fontScale = 0, m_fontUiScale = 0;  // what m_fonts were baked for
    std::unique_ptr<TuioListener> m_tuio;  // after m_window: stops (and stops waking it) first
    ImGuiTouchFeed m_imguiTouch;                 // after m_window: the window's ImGui hook points here
    std::unique_ptr<X11TouchReader> m_x11Touch;  // after m_window: closes its X connection before GLFW's
    std::unique_ptr<PhoneHost> m_phones;         // after m_window: its server stops (and stops waking it) first
    std::unique_ptr<StartHost> m_startHost;      // after m_window: its pictures are GL textures
    StartScreen m_startScreen;
    bool m_starting = false;                     // the start screen shows; no board is open
    PictureJob m_picture{[] { Window::wake(); }};  // after m_window: a picture under way is finished first
    bool m_pictureOverlayShown = false;          // a frame with the overlay was shown before drawing the picture
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
