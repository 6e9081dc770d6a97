// The GLFW window with its OpenGL 3.3 core context and Dear ImGui on top,
// and the input it collects: mouse presses become pointer events (in board
// coordinates), keyboard shortcuts become actions. Wakes the loop from any
// thread with wake().
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <imgui.h>

#include "core/board_transform.h"
#include "input/physical_key.h"
#include "input/pointer_event.h"

struct GLFWwindow;

namespace nt {

enum class Shortcut {
    Undo, Redo, Save, Quit,
    // The facilitator's keys (no Ctrl; never while a text field has the keyboard).
    TimerToggle, NextPhase, PreviousPhase, AddMinute, AddFiveMinutes, RemoveMinute, ToggleProgramme,
};
constexpr bool isFacilitatorKey(Shortcut s) { return s >= Shortcut::TimerToggle; }

// A rectangle of the framebuffer, in pixels from its top-left corner.
struct PixelBox {
    int x = 0, y = 0, width = 0, height = 0;
};

class RegionPresenter;

struct WindowOptions {
    bool fullscreen = true;
    int width = 1920;
    int height = 1080;
    std::string title = "Netwerktafel";
    // Under a software renderer, draw and show only what changed (platform/region_present.h).
    bool partialFrames = true;
};

class Window {
public:
    // Throws std::runtime_error with a clear message when no window can be made.
    explicit Window(const WindowOptions& options);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    // Sleeps until input arrives or `timeout` seconds pass (nullopt: no limit).
    void waitEvents(std::optional<double> timeout);
    void pollEvents();
    static void wake();  // thread-safe
    bool shouldClose() const;
    void requestClose();
    double now() const;

    // Events since the last call.
    std::vector<PointerEvent> takePointerEvents();
    std::vector<Shortcut> takeShortcuts();
    bool takeActivity();  // anything at all happened (input, resize, focus)
    // Files dropped on the window since the last call (a board JSON or an exported PNG).
    std::vector<std::string> takeDroppedFiles();
    // While an on-screen keyboard is open, somebody is typing: the physical
    // keyboard's text, Backspace and Enter are collected for it (takeTyped)
    // instead of acting as the facilitator's one-key shortcuts. The arrows
    // and Page Up/Down (a presenter's clicker) still change the phase.
    void setOnScreenTyping(bool open) { m_onScreenTyping = open; }
    std::vector<PhysicalKey> takeTyped();

    BoardTransform transform() const;
    // Millimetres on the screen per board unit, from the monitor's reported size.
    double boardUnitsPerMm() const;

    void beginFrame();  // ImGui backends' new frame + ImGui::NewFrame()
    // Runs in beginFrame() between the GLFW backend's new frame and
    // ImGui::NewFrame(): where touch input overrides ImGui's mouse.
    void setImGuiInputHook(std::function<void()> hook) { m_imguiInputHook = std::move(hook); }
    void endFrame();    // ImGui::Render(): the frame's draw lists are final
    // Between frames: ImGui's font atlas baked again by `bake`, and its GL
    // texture made again (the window's scale or the UI scale changed).
    void rebakeFonts(const std::function<void()>& bake);
    // Draws them into the back buffer (the GL driver's work), over the board's
    // paper, or over what `underlay` puts there first (the still board);
    // `only`: within that box alone (the draw data clipped to it already).
    void draw(const std::function<void()>& underlay = nullptr, const PixelBox* only = nullptr);
    // What the back buffer is cleared to before drawing: the
    // board's paper, which is then never filled again pixel by pixel.
    void setClearColour(ImVec4 colour) { m_clearColour = colour; }
    ImVec4 clearColour() const { return m_clearColour; }
    // Shows the frame. While the GPU (or Mesa's software rasteriser, on its
    // own threads) is still drawing it, `whileDrawing` runs every couple of
    // milliseconds, so the main thread can answer phones instead of
    // waiting in the swap.
    // `only`: the frame differs from the last one within those boxes alone
    // (see showsRegions); nothing else is copied to the screen.
    void present(const std::function<void()>& whileDrawing = {}, const std::vector<PixelBox>* only = nullptr);
    // Whether the window keeps its back buffer from frame to frame and shows
    // only a part of it when asked (a software renderer: platform/region_present.h).
    bool showsRegions() const { return m_regions != nullptr; }
    // The window was shown anew or resized since the last call: the next
    // frame is to be drawn whole.
    bool takeExposed() { return std::exchange(m_exposed, false); }
    int framebufferWidth() const;
    int framebufferHeight() const;
    // The size of the frame ImGui last laid out, in framebuffer pixels: the
    // one every part of a frame is drawn at, whatever the window did meanwhile.
    int frameWidth() const;
    int frameHeight() const;

    GLFWwindow* handle() const { return m_window; }

private:
    static void onMouseButton(GLFWwindow* w, int button, int action, int mods);
    static void onCursorPos(GLFWwindow* w, double x, double y);
    static void onKey(GLFWwindow* w, int key, int scancode, int action, int mods);
    static void onOther(GLFWwindow* w);
    void pushMouse(PointerPhase phase, bool secondary);
    void feedKeysToImGui();

    struct KeyEvent {
        int key, scancode, action, mods;
    };
    std::vector<KeyEvent> m_keyEvents;  // waiting to be passed to ImGui
    std::function<void()> m_imguiInputHook;

    GLFWwindow* m_window = nullptr;
    std::unique_ptr<RegionPresenter> m_regions;  // null: every frame drawn whole and swapped
    bool m_exposed = true;
    std::vector<PointerEvent> m_pointerEvents;
    std::vector<Shortcut> m_shortcuts;
    std::vector<PhysicalKey> m_typed;
    bool m_onScreenTyping = false;
    std::vector<std::string> m_droppedFiles;
    bool m_activity = true;
    Vec2 m_cursor;                // window coordinates of the last cursor event
    bool m_cursorKnown = false;
    bool m_mouseOnBoard = false;  // the current press started on the board, not on a panel
    bool m_mouseSecondary = false;
    ImVec4 m_clearColour{0.953f, 0.937f, 0.902f, 1.f};  // the board's paper, theme::kBackground; see setClearColour
    std::uint64_t m_mousePress = 0;  // counts presses, so each is its own pointer
};

}  // namespace nt
