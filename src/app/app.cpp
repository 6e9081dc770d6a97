// The frame loop.
#include "app/app.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string_view>
#include <imgui.h>

#include "app/board_switcher.h"
#include "app/latency_probe.h"
#include "app/outside_links.h"
#include "app/room_recall.h"
#include "app/picture_host.h"
#include "app/shortcut_requests.h"
#include "app/touch_inputs.h"
#include "app/ui_map.h"
#include "core/deadline.h"
#include "core/translations.h"
#include "platform/allocator.h"
#include "platform/bell.h"
#include "platform/signals.h"
#include "platform/wall_clock.h"
#include "platform/window.h"
#include "render/atlas_texture.h"
#include "render/board_layer.h"
#include "render/screenshot.h"
#include "session/session.h"
#include "view/board_view.h"
#include "view/frame_damage.h"
#include "view/still_layer.h"
#include "view/fonts.h"
#include "view/theme.h"

namespace nt {

namespace {

// ImGui needs a few frames after input to settle (hover, popups opening).
constexpr int kFramesAfterActivity = 3;

// Whether the environment variable `name` is set to `value`.
bool envIs(const char* name, std::string_view value) {
    const char* set = std::getenv(name);
    return set && std::string_view(set) == value;
}

// NT_DRAW_DIRECT=1: every frame drawn whole, the board straight into it,
// as before the still layer and partial frames (for comparing the two).
bool drawsDirect() { return envIs("NT_DRAW_DIRECT", "1"); }

// NT_REDRAW_STILL=1: every frame draws the still board again, whole (its
// items from the atlas): what a frame costs when all of the board changed.
bool redrawsStill() { return envIs("NT_REDRAW_STILL", "1"); }

// An item atlas smaller than this is not worth its texture: items are drawn as shapes.
constexpr int kSmallestAtlas = 256;

// NT_ITEM_ATLAS=0: the still board's notes and partners drawn as shapes,
// not from the item atlas (view/item_atlas.h), for comparing the two.
bool drawsItemsOnce() { return !envIs("NT_ITEM_ATLAS", "0"); }

class App {
public:
    explicit App(AppSetup setup)
        : m_setup(std::move(setup)),
          m_window(WindowOptions{m_setup.options.fullscreen, m_setup.options.width, m_setup.options.height, "Netwerktafel",
                                 !drawsDirect()}),
          // The programme's clock: Unix time when the app started plus the
          // window's monotonic time, so a timer never jumps with the wall clock
          // while the app runs, and a reopened board still knows its time left.
          m_session(std::move(m_setup.board), SessionFile{m_setup.savePath, m_setup.saveBase, m_setup.recovered},
                    unixTimeNow() - m_window.now(), [] { Window::wake(); }),
          m_history(m_session.history()),
          m_router(m_session.router()),
          m_lang(m_setup.options.lang),
          m_latency(m_setup.options.latencyLog) {
        m_window.setClearColour(ImGui::ColorConvertU32ToFloat4(theme::rgb(theme::kBackground)));  // the paper (see DrawBoardBackground)
        loadLanguage(m_lang);
        bakeFonts();
        InteractionConfig config;
        config.boardUnitsPerMm = m_window.boardUnitsPerMm();
        m_router.setConfig(config);
        m_session.setWallClock(isoLocalTimeNow);
        if (!m_setup.catalogue.types().empty()) chooseActorType(m_setup.catalogue.types().front().id);
        connectPhones(m_setup.options, m_session, [] { Window::wake(); });
        joinRoom(m_setup.options, m_session, [] { Window::wake(); });
        if (m_setup.startScreen) m_boards.showStart(m_window.now());
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
                m_freeMemory.tick(m_window.now(), false);
                m_window.pollEvents();
            } else {
                const double now = m_window.now();
                m_freeMemory.tick(now, true);
                const auto due = earliest({m_session.nextDeadline(now), m_view.nextDeadline(),
                                           m_view.editing() ? std::optional<double>(now + 0.5) : std::nullopt,
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
            if (m_session.serveRoom(now)) settleFrames = kFramesAfterActivity;
            for (const PointerEvent& e : m_window.takePointerEvents()) route(e);
            for (const PhysicalKey& key : m_window.takeTyped()) m_router.keyboards().typePhysical(key);
            m_session.update(now);
            m_window.setOnScreenTyping(!m_router.keyboards().sessions().empty());
            handleShortcuts(now);
            if (const auto dropped = m_window.takeDroppedFiles(); !dropped.empty()) m_boards.openDropped(dropped, now);
            m_view.handle(m_router.takeRequests());
            m_session.followProgramme();
            showEvents(now);

            if (fontScales() != m_fontScales) m_window.rebakeFonts([this] { bakeFonts(); });
            m_pictures.update(m_session, m_tr, m_lang, [this, now](const std::string& text, bool error) {
                m_view.toast(text, now, error);
            });
            // The start screen's pictures of boards, one a frame, rendered between frames.
            if (m_boards.makePicture(m_lang)) settleFrames = kFramesAfterActivity;
            drawFrame(now);
            m_latency.frameComposed();
            drawWindow();
            if (m_history.revision() != before) settleFrames = kFramesAfterActivity;
            if (!screenshotMode) m_session.keepSaved(now);
            if (showEvents(now)) settleFrames = kFramesAfterActivity;  // show the toast now

            if (screenshotMode && --framesLeft <= 0) return writeScreenshot();
            if (settleFrames > 0) --settleFrames;
            m_latency.frameBuilt();
            // Phones' writes are answered while the frame is being drawn,
            // not after it: their change shows in the next frame. Without
            // phones the frame is shown as ever, with no fence between CPU and GPU.
            m_window.present(m_session.hasPhones() ? std::function<void()>([this, &settleFrames] {
                if (servePhones(m_window.now())) settleFrames = kFramesAfterActivity;
            }) : nullptr, &m_shown);
            m_latency.frameDone(m_window.now());
        }
        return finish();
    }

private:
    // The on-screen keyboards lie above the panels: a pointer on one is the board's, never ImGui's.
    std::function<bool(Vec2)> onKeyboard() const {
        return [r = &m_router](Vec2 p) { return r->keyboards().hitTest(p).part != KeyboardHit::Part::None; };
    }

    // Applies the phones' queued writes and answers them; true if the board changed.
    bool servePhones(double now) { return m_session.servePhones(m_tr, m_lang, now); }

    // Every pointer event reaches the board through here.
    void route(const PointerEvent& e) {
        m_latency.saw(e);
        // Behind the start screen there is no board to touch: only its keyboards.
        if (m_boards.starting() && e.phase == PointerPhase::Down && !onKeyboard()(e.pos)) return;
        m_session.handle(e);
    }

    void loadLanguage(Lang lang) {
        m_tr = Translations::load(m_setup.assetDir + "/i18n/" + langName(lang) + ".json");
        m_lang = lang;
    }

    // Fonts baked for the window's scale and the facilitator's UI scale (0: the window's).
    std::pair<double, double> fontScales() const {
        return {m_window.transform().scale, m_history.board().display.uiScale};
    }
    void bakeFonts() {
        m_fontScales = fontScales();
        const auto [scale, ui] = m_fontScales;
        m_fonts = Fonts::load(m_setup.assetDir, static_cast<float>(scale), static_cast<float>(ui > 0 ? ui : scale));
        theme::applyImGuiStyle(static_cast<float>(ui > 0 ? ui : scale));
        m_stillLayer.atlas().fontsBaked();  // its glyphs' coverage came from the old ones
    }

    // New partners get this type, named in the board's language.
    void chooseActorType(const std::string& type) {
        m_router.setActorType(type, m_setup.catalogue.find(type, &m_history.board()).name(m_lang));
    }

    void handleShortcuts(double now) {
        for (Shortcut s : m_window.takeShortcuts()) {
            // A note's editor owns the keys from the frame it opens, which
            // is a frame or two before ImGui reports that it wants text.
            if (isFacilitatorKey(s) && m_view.editing()) continue;
            if (s == Shortcut::Quit) m_window.requestClose();
            if (s == Shortcut::ToggleProgramme) m_view.toggleProgrammePanel();
            if (auto r = shortcutRequest(s)) m_session.request(std::move(*r), now);
        }
    }

    bool showEvents(double now) { return m_view.show(m_session.takeEvents(), m_tr, now); }

    void drawFrame(double now) {
        m_window.beginFrame();
        const std::optional<PhoneStatus> phones = m_session.phoneStatus();
        const PictureProgress picture = m_pictures.progress();
        m_stillLayer.newFrame();
        if (m_redrawStill) m_stillLayer.forgetTexture();
        m_stillLayer.setTexture(m_layered ? m_boardLayer.texture() : ImTextureID{});
        ItemAtlas& atlas = m_stillLayer.atlas();
        atlas.setMaxSize(std::min(ItemAtlas::kMaxSize, m_atlasTexture.largest()));
        ImTextureID atlasTexture{};
        if (m_layered && m_itemAtlas && atlas.size() >= kSmallestAtlas) {
            atlasTexture = m_atlasTexture.texture(atlas.size());
            if (atlasTexture == ImTextureID{}) m_atlasTexture.refuse(atlas.size());  // next frame: smaller
        }
        atlas.setTexture(atlasTexture);
        const ViewInput input{m_history.board(), m_router, m_setup.catalogue, m_tr, m_lang,
                              m_window.transform(), m_fonts, now, m_history.canUndo(),
                              m_history.canRedo(), &m_setup.municipalities, m_session.clock(now),
                              phones ? &*phones : nullptr, &picture, m_touch.drivingImGui(),
                              m_history.undoName(), m_history.redoName(), m_session.room(),
                              m_layered ? &m_stillLayer : nullptr};
        StartChoice startChoice;
        ViewIntents intents = m_boards.starting() ? m_boards.startFrame(input, startChoice) : m_view.frame(input);
        m_window.endFrame();
        m_stillDamage = {};
        // Items' new coverage into the atlas first: the still board draws from
        // it. Should the driver refuse the atlas this size (it grew), the board
        // is drawn again next frame, at once, into a smaller one or as shapes.
        const bool atlasDrawn = m_atlasTexture.draw(atlas);
        if (!atlasDrawn) {
            m_atlasTexture.refuse(atlas.size());
            m_stillLayer.forgetTexture();
            Window::wake();
        }
        if (const ImDrawList* still = atlasDrawn ? m_stillLayer.toRender() : nullptr) {  // the board's still part changed: into its texture
            if (m_boardLayer.draw(*still, m_window.frameWidth(), m_window.frameHeight(), m_window.clearColour(),
                                  m_stillLayer.damage())) {
                m_stillLayer.rendered();
                m_stillDamage = m_stillLayer.damage();
            }
        }
        for (Request& r : intents.takeSessionRequests()) m_session.request(std::move(r), now);
        m_router.setTypeSources(std::move(intents.layout.typeSources));
        m_router.keyboards().keepPanelFields(intents.layout.fieldKeys());
        if (m_uiMap) m_uiMap->write(m_router.keyboards(), intents.layout, m_window.transform());
        if (intents.bell) ringBell(m_window.handle());
        if (intents.savePicture) m_pictures.savePicture(m_session, *intents.savePicture, now);
        if (intents.saveReport) m_pictures.saveReport(m_session, m_lang, now);
        if (intents.lang) loadLanguage(*intents.lang);
        std::string roomProblem = followRoomCard(intents, m_session, m_roomHost, m_setup.assetDir, [] { Window::wake(); });
        if (roomProblem.empty() && m_setup.options.screenshot.empty())
            roomProblem = m_roomRecall.update(m_session.store().path(), unixTimeNow(), intents, m_session, m_roomHost,
                                              m_setup.assetDir, [] { Window::wake(); });
        if (!roomProblem.empty()) m_view.toast(m_tr("room.hostFailed") + " " + roomProblem, now, true);
        if (intents.closeBoard) m_boards.closeBoard(now);
        if (m_boards.starting()) m_boards.takeStartChoice(startChoice, now);
        if (intents.actorType || intents.lang) chooseActorType(intents.actorType.value_or(m_router.actorType()));
    }

    // The frame into the back buffer: over the still board's texture when the
    // view drew with it, over the paper when not (the start screen). Under a
    // software renderer only what changed since the last frame is drawn (and
    // then shown: m_shown); nothing at all when nothing did.
    void drawWindow() {
        const int width = m_window.frameWidth(), height = m_window.frameHeight();
        const std::function<void()> underlay = [this, width, height] {
            // Nothing of this size to copy (the texture could not be made): the
            // next frame draws the still board again, whole, or straight when
            // no texture is to be had at all.
            if (!m_boardLayer.copyToWindow(width, height, m_window.clearColour())) m_stillLayer.forgetTexture();
        };
        const bool fromLayer = m_stillLayer.shown();
        if (!m_window.showsRegions()) return m_window.draw(fromLayer ? underlay : nullptr);
        ImDrawData& data = *ImGui::GetDrawData();
        DamageRegion damage = m_damage.measure(data, width, height, m_window.takeExposed());
        damage.add(m_stillDamage);  // where the still board changed
        m_shown.clear();
        DrawEachRect(data, damage, [&](const DamageRect& r) {
            m_shown.push_back({r.x0, r.y0, r.x1 - r.x0, r.y1 - r.y0});
            m_window.draw(fromLayer ? underlay : nullptr, &m_shown.back());
        });
    }

    int writeScreenshot() {
        return writeBackBufferPng(m_setup.options.screenshot, m_window.framebufferWidth(), m_window.framebufferHeight()) ? 0 : 1;
    }

    int finish() {
        m_latency.write();
        return m_session.finish(m_window.now()) ? 0 : 1;
    }

    AppSetup m_setup;
    Window m_window;
    std::unique_ptr<RoomHost> m_roomHost;  // the room's broker, when it runs here: stops after the session's link
    RoomRecall m_roomRecall{stateFileFor(homeFolder(), "rooms.json")};  // which room each board was in
    Session m_session;
    const History& m_history;  // the session's
    PointerRouter& m_router;  // the session's
    BoardView m_view;
    // The board's still part drawn once into a texture while it stays the
    // same (view/still_layer.h), and only what changed drawn and shown.
    const bool m_layered = !drawsDirect();
    const bool m_redrawStill = redrawsStill();
    const bool m_itemAtlas = drawsItemsOnce();
    StillLayer m_stillLayer;
    BoardLayer m_boardLayer;  // after m_window: its GL objects go first
    AtlasTexture m_atlasTexture;
    DamageRegion m_stillDamage;  // where the still board changed in its texture this frame
    FrameDamage m_damage;       // what changed on screen since the last frame (software renderer)
    std::vector<PixelBox> m_shown;  // ... and so is drawn and shown this frame
    Translations m_tr;
    Lang m_lang;
    Fonts m_fonts;
    LatencyProbe m_latency;
    FreeMemoryReturn m_freeMemory;  // what the allocator kept, handed back now and then
    std::unique_ptr<UiMap> m_uiMap = UiMap::fromEnvironment();  // NT_UI_MAP: where things are, for UI tests
    std::pair<double, double> m_fontScales;  // what m_fonts were baked for
    TouchInputs m_touch{m_window, m_setup.options.tuioPort, m_setup.options.tuioTimeout,
                        m_setup.options.screenshot.empty(), onKeyboard()};  // after m_window: stops first
    BoardSwitcher m_boards{m_session, m_view, m_tr, m_setup.assetDir, m_setup.catalogue};  // after m_window: the start
                                                                                           // screen's pictures are GL textures
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
