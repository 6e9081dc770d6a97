// GLFW window, GL context, ImGui backends and the mouse/keyboard stream.
#include "platform/window.h"
#include "platform/region_present.h"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <mutex>
#include <stdexcept>
#include <utility>

#include "core/text_match.h"

namespace nt {

namespace {

Window* self(GLFWwindow* w) { return static_cast<Window*>(glfwGetWindowUserPointer(w)); }

// How often present() looks up from the frame being drawn (see there).
constexpr GLuint64 kDrawingPollNs = 2'000'000;

// Other threads (the signal waiter, TUIO, the phone server, the picture
// worker) wake the main loop with glfwPostEmptyEvent, which is only safe
// between glfwInit and glfwTerminate. The signal waiter starts before the
// window exists, so a wake is posted only while GLFW is up, and the mutex
// orders GLFW's set-up and tear-down before and after every wake.
std::mutex g_wakeMutex;
bool g_glfwUp = false;

std::string g_glfwError;
void onGlfwError(int code, const char* description) {
    g_glfwError = std::to_string(code) + ": " + (description ? description : "");
}

}  // namespace

Window::Window(const WindowOptions& options) {
    glfwSetErrorCallback(onGlfwError);
    {
        const std::lock_guard lock(g_wakeMutex);
        if (!glfwInit()) throw std::runtime_error("cannot open a window: no display (" + g_glfwError + ")");
        g_glfwUp = true;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    GLFWmonitor* monitor = options.fullscreen ? glfwGetPrimaryMonitor() : nullptr;
    int w = options.width, h = options.height;
    if (monitor) {
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        w = mode->width;
        h = mode->height;
    }
    m_window = glfwCreateWindow(w, h, options.title.c_str(), monitor, nullptr);
    if (!m_window) {
        const std::lock_guard lock(g_wakeMutex);
        g_glfwUp = false;
        glfwTerminate();
        throw std::runtime_error("cannot open an OpenGL 3.3 window (" + g_glfwError + ")");
    }
    if (!monitor) glfwSetWindowPos(m_window, 0, 0);
    glfwMakeContextCurrent(m_window);
    if (!gladLoadGL(glfwGetProcAddress)) throw std::runtime_error("cannot load OpenGL 3.3 functions");
    glfwSwapInterval(1);
    if (options.partialFrames) m_regions = RegionPresenter::make(m_window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // nothing written into the working folder
    // Our callbacks pass events on to ImGui's backend themselves, so that a
    // key pressed and released between two frames still reaches ImGui.
    ImGui_ImplGlfw_InitForOpenGL(m_window, false);
    glfwSetWindowUserPointer(m_window, this);
    glfwSetMouseButtonCallback(m_window, onMouseButton);
    glfwSetCursorPosCallback(m_window, onCursorPos);
    glfwSetKeyCallback(m_window, onKey);
    glfwSetWindowSizeCallback(m_window, [](GLFWwindow* win, int, int) {
        self(win)->m_exposed = true;
        onOther(win);
    });
    glfwSetWindowFocusCallback(m_window, [](GLFWwindow* win, int focused) {
        ImGui_ImplGlfw_WindowFocusCallback(win, focused);
        onOther(win);
    });
    glfwSetCursorEnterCallback(m_window, [](GLFWwindow* win, int entered) {
        ImGui_ImplGlfw_CursorEnterCallback(win, entered);
        onOther(win);
    });
    glfwSetScrollCallback(m_window, [](GLFWwindow* win, double x, double y) {
        ImGui_ImplGlfw_ScrollCallback(win, x, y);
        onOther(win);
    });
    glfwSetCharCallback(m_window, [](GLFWwindow* win, unsigned c) {
        ImGui_ImplGlfw_CharCallback(win, c);
        Window* typing = self(win);
        if (typing->m_onScreenTyping && !ImGui::GetIO().WantTextInput && c >= 0x20 && c != 0x7F) {
            std::string text;
            appendUtf8(text, static_cast<long>(c));
            typing->m_typed.push_back({PhysicalKey::Kind::Text, std::move(text)});
        }
        onOther(win);
    });
    glfwSetWindowRefreshCallback(m_window, [](GLFWwindow* win) {
        self(win)->m_exposed = true;  // the screen lost what the window showed
        onOther(win);
    });
    glfwSetDropCallback(m_window, [](GLFWwindow* win, int count, const char** paths) {
        auto* self = static_cast<Window*>(glfwGetWindowUserPointer(win));
        for (int i = 0; i < count; ++i) self->m_droppedFiles.emplace_back(paths[i]);
        onOther(win);
    });
    ImGui_ImplOpenGL3_Init("#version 330 core");
    glfwFocusWindow(m_window);
}

Window::~Window() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(m_window);
    const std::lock_guard lock(g_wakeMutex);
    g_glfwUp = false;
    glfwTerminate();
}

void Window::waitEvents(std::optional<double> timeout) {
    if (!timeout) glfwWaitEvents();
    else if (*timeout > 0) glfwWaitEventsTimeout(*timeout);
    else glfwPollEvents();
}

void Window::pollEvents() { glfwPollEvents(); }
void Window::wake() {
    const std::lock_guard lock(g_wakeMutex);
    if (g_glfwUp) glfwPostEmptyEvent();
}
bool Window::shouldClose() const { return glfwWindowShouldClose(m_window); }
void Window::requestClose() { glfwSetWindowShouldClose(m_window, GLFW_TRUE); }
double Window::now() const { return glfwGetTime(); }

std::vector<PhysicalKey> Window::takeTyped() { return std::exchange(m_typed, {}); }
std::vector<PointerEvent> Window::takePointerEvents() { return std::exchange(m_pointerEvents, {}); }
std::vector<Shortcut> Window::takeShortcuts() { return std::exchange(m_shortcuts, {}); }
bool Window::takeActivity() { return std::exchange(m_activity, false); }
std::vector<std::string> Window::takeDroppedFiles() { return std::exchange(m_droppedFiles, {}); }

BoardTransform Window::transform() const {
    int w = 0, h = 0;
    glfwGetWindowSize(m_window, &w, &h);
    return BoardTransform::fit(w, h);
}

double Window::boardUnitsPerMm() const {
    GLFWmonitor* monitor = glfwGetWindowMonitor(m_window);
    if (!monitor) monitor = glfwGetPrimaryMonitor();
    int mmW = 0, mmH = 0;
    if (monitor) glfwGetMonitorPhysicalSize(monitor, &mmW, &mmH);
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    // Monitors that report nothing (or nonsense) are taken as 96 dpi.
    const double pixelsPerMm = (mode && mmW > 50) ? mode->width / static_cast<double>(mmW) : 96.0 / 25.4;
    return pixelsPerMm / transform().scale;
}

int Window::frameWidth() const {
    const ImDrawData* data = ImGui::GetDrawData();
    return data ? static_cast<int>(std::lround(data->DisplaySize.x * data->FramebufferScale.x)) : framebufferWidth();
}

int Window::frameHeight() const {
    const ImDrawData* data = ImGui::GetDrawData();
    return data ? static_cast<int>(std::lround(data->DisplaySize.y * data->FramebufferScale.y)) : framebufferHeight();
}

int Window::framebufferWidth() const {
    int w = 0, h = 0;
    glfwGetFramebufferSize(m_window, &w, &h);
    return w;
}

int Window::framebufferHeight() const {
    int w = 0, h = 0;
    glfwGetFramebufferSize(m_window, &w, &h);
    return h;
}

void Window::feedKeysToImGui() {
    // ImGui 1.86 samples key state once per frame: a press and its release
    // in the same frame would be lost (Enter in a note, for one). A release
    // of a key pressed in this batch waits for the next frame.
    std::vector<int> pressed;
    size_t used = 0;
    for (; used < m_keyEvents.size(); ++used) {
        const KeyEvent& k = m_keyEvents[used];
        if (k.action == GLFW_RELEASE && std::find(pressed.begin(), pressed.end(), k.key) != pressed.end()) break;
        ImGui_ImplGlfw_KeyCallback(m_window, k.key, k.scancode, k.action, k.mods);
        if (k.action == GLFW_PRESS) pressed.push_back(k.key);
    }
    m_keyEvents.erase(m_keyEvents.begin(), m_keyEvents.begin() + static_cast<std::ptrdiff_t>(used));
    if (!m_keyEvents.empty()) m_activity = true;  // the rest goes in the next frame
}

void Window::beginFrame() {
    feedKeysToImGui();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    if (m_imguiInputHook) m_imguiInputHook();  // touch as ImGui's mouse (platform/imgui_touch_feed)
    ImGui::NewFrame();
}

void Window::endFrame() { ImGui::Render(); }

void Window::rebakeFonts(const std::function<void()>& bake) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    bake();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    m_exposed = true;  // the atlas may come back under the same texture name with other glyphs
}

void Window::draw(const std::function<void()>& underlay, const PixelBox* only) {
    // The frame's size as ImGui laid it out (the window may have changed
    // size since; then the next frame is drawn whole).
    const int width = frameWidth(), height = frameHeight();
    glViewport(0, 0, width, height);
    if (only) {  // the underlay and the clear too, only there
        glEnable(GL_SCISSOR_TEST);
        glScissor(only->x, height - (only->y + only->height), only->width, only->height);
    }
    if (underlay) {
        underlay();
    } else {
        glClearColor(m_clearColour.x, m_clearColour.y, m_clearColour.z, m_clearColour.w);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glDisable(GL_SCISSOR_TEST);
}

void Window::present(const std::function<void()>& whileDrawing, const std::vector<PixelBox>* only) {
    if (whileDrawing) {
        // A fence after the frame's commands, handed to the driver with
        // glFlush; polled with a short timeout, as GL has no way to wake a
        // fence wait from another thread.
        GLsync drawn = glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0);
        glFlush();
        GLenum state = GL_TIMEOUT_EXPIRED;
        while (drawn && (state = glClientWaitSync(drawn, 0, kDrawingPollNs)) == GL_TIMEOUT_EXPIRED) whileDrawing();
        if (state == GL_WAIT_FAILED)  // its error is not left for the picture export to report as its own
            for (int i = 0; i < 8 && glGetError() != GL_NO_ERROR; ++i) {}
        if (drawn) glDeleteSync(drawn);
    }
    if (!m_regions) return glfwSwapBuffers(m_window);
    // Never swapped: the back buffer keeps this frame for the next one.
    const int height = frameHeight();
    if (!only) return m_regions->show(0, 0, frameWidth(), height, height);
    for (const PixelBox& box : *only)
        if (box.width > 0 && box.height > 0) m_regions->show(box.x, box.y, box.width, box.height, height);
}

// [SECTION] Input callbacks

void Window::pushMouse(PointerPhase phase, bool secondary) {
    // The position from the event stream, so presses and moves stay in order.
    if (!m_cursorKnown) {
        glfwGetCursorPos(m_window, &m_cursor.x, &m_cursor.y);
        m_cursorKnown = true;
    }
    const auto [x, y] = m_cursor;
    PointerEvent e;
    e.pointer = m_mousePress;
    e.source = PointerSource::Mouse;
    e.phase = phase;
    e.pos = transform().toBoard({x, y});
    e.t = glfwGetTime();
    e.secondary = secondary;
    m_pointerEvents.push_back(e);
}

void Window::onMouseButton(GLFWwindow* w, int button, int action, int mods) {
    Window* win = self(w);
    win->m_activity = true;
    // Whether ImGui wants this press is decided on the last frame's state,
    // before ImGui hears of it.
    const bool imguiWantsMouse = ImGui::GetIO().WantCaptureMouse;
    ImGui_ImplGlfw_MouseButtonCallback(w, button, action, mods);
    if (button != GLFW_MOUSE_BUTTON_LEFT && button != GLFW_MOUSE_BUTTON_RIGHT) return;
    const bool secondary = button == GLFW_MOUSE_BUTTON_RIGHT;
    if (action == GLFW_PRESS) {
        if (win->m_mouseOnBoard) return;  // the other button is already down
        // A press over a panel or an open popup belongs to ImGui alone.
        if (imguiWantsMouse) return;
        ++win->m_mousePress;
        win->m_mouseOnBoard = true;
        win->m_mouseSecondary = secondary;
        win->pushMouse(PointerPhase::Down, secondary);
    } else if (action == GLFW_RELEASE && win->m_mouseOnBoard && secondary == win->m_mouseSecondary) {
        win->m_mouseOnBoard = false;
        win->pushMouse(PointerPhase::Up, secondary);
    }
}

void Window::onCursorPos(GLFWwindow* w, double x, double y) {
    Window* win = self(w);
    win->m_activity = true;
    win->m_cursor = {x, y};
    win->m_cursorKnown = true;
    if (win->m_mouseOnBoard) win->pushMouse(PointerPhase::Move, win->m_mouseSecondary);
}

void Window::onKey(GLFWwindow* w, int key, int scancode, int action, int mods) {
    Window* win = self(w);
    win->m_activity = true;
    win->m_keyEvents.push_back({key, scancode, action, mods});
    if (action == GLFW_RELEASE) return;
    if (ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput) return;  // typing in a note
    // The key's character on the active layout, so Ctrl+Z is Z on AZERTY too.
    const char* name = glfwGetKeyName(key, scancode);
    const char c = (name && std::strlen(name) == 1) ? name[0] : 0;
    const bool shift = mods & GLFW_MOD_SHIFT;
    if (mods & GLFW_MOD_CONTROL) {
        if (c == 'z' && !shift) win->m_shortcuts.push_back(Shortcut::Undo);
        else if (c == 'y' || (c == 'z' && shift)) win->m_shortcuts.push_back(Shortcut::Redo);
        else if (c == 's') win->m_shortcuts.push_back(Shortcut::Save);
        else if (c == 'q') win->m_shortcuts.push_back(Shortcut::Quit);
        return;
    }
    if (win->m_onScreenTyping && !(mods & GLFW_MOD_ALT)) {
        if (key == GLFW_KEY_BACKSPACE) win->m_typed.push_back({PhysicalKey::Kind::Backspace, {}});
        else if (key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER) win->m_typed.push_back({PhysicalKey::Kind::Enter, {}});
        // Text comes through the character callback; only the phase keys still act.
        const bool phaseKey = key == GLFW_KEY_RIGHT || key == GLFW_KEY_LEFT || key == GLFW_KEY_PAGE_DOWN ||
                              key == GLFW_KEY_PAGE_UP;
        if (!phaseKey) return;
    }
    // The facilitator's keys act once per press: a held arrow does not race
    // through the programme. '+' is typed with Shift on US QWERTY and on
    // Belgian AZERTY (the key is named '='), without it elsewhere, so the
    // '+' key gives one minute with or without Shift, and the key with 5 on
    // it (a physical position, whatever the layout) gives five.
    if (action != GLFW_PRESS || (mods & GLFW_MOD_ALT)) return;
    std::optional<Shortcut> s;
    if (key == GLFW_KEY_SPACE) s = Shortcut::TimerToggle;
    else if (key == GLFW_KEY_RIGHT || key == GLFW_KEY_PAGE_DOWN) s = Shortcut::NextPhase;
    else if (key == GLFW_KEY_LEFT || key == GLFW_KEY_PAGE_UP) s = Shortcut::PreviousPhase;
    else if (key == GLFW_KEY_KP_ADD || c == '=' || c == '+' || key == GLFW_KEY_1 || key == GLFW_KEY_KP_1)
        s = Shortcut::AddMinute;
    else if (key == GLFW_KEY_5 || key == GLFW_KEY_KP_5) s = Shortcut::AddFiveMinutes;
    else if (key == GLFW_KEY_KP_SUBTRACT || c == '-') s = Shortcut::RemoveMinute;
    else if (c == 'p') s = Shortcut::ToggleProgramme;
    if (s) win->m_shortcuts.push_back(*s);
}

void Window::onOther(GLFWwindow* w) { self(w)->m_activity = true; }

}  // namespace nt
