// X11 touch input: XInput 2.2 touch events of the app window, read through a
// second X connection on its own thread (GLFW 3.3 has no touch API and owns
// the first connection). The thread only reads and queues; the main loop
// translates the queued touches into pointer events with the window's
// current letterboxing (see input/xi2_touch_translate.h) and routes them.
//
// Once touch is selected on the window, the X server no longer sends the
// emulated mouse events for touches that begin in it: every touch arrives
// here, ImGui included (see platform/imgui_touch_feed.h).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "input/pointer_event.h"
#include "input/xi2_touch_translate.h"

struct GLFWwindow;

namespace nt {

class X11TouchReader {
public:
    using Clock = std::function<double()>;  // the loop's clock; callable from any thread
    using Wake = std::function<void()>;     // thread-safe: wakes the main loop

    // Call on the main thread once the window exists. Returns nullptr, quietly,
    // when the window is not on X11 or the server has no XInput 2.2; a server
    // with XInput 2.2 but no touch device (Xvfb) gets a reader that simply
    // never reports anything (a touch screen plugged in later still works).
    static std::unique_ptr<X11TouchReader> start(GLFWwindow* window, Clock clock, Wake wake);
    ~X11TouchReader();
    X11TouchReader(const X11TouchReader&) = delete;
    X11TouchReader& operator=(const X11TouchReader&) = delete;

    // Main thread: the touches since the last call, in board units for the
    // window's current size and letterboxing.
    std::vector<PointerEvent> takeEvents(const BoardTransform& transform);
    std::size_t liveTouches() const { return m_translator.liveTouches(); }
    const Xi2TouchStats& stats() const { return m_translator.stats(); }

private:
    X11TouchReader(void* display, int xiOpcode, int stopFd, GLFWwindow* window, Clock clock, Wake wake);
    void run();
    void readAll(std::vector<Xi2TouchEvent>& batch);

    void* m_display;  // Display*: kept out of this header so X's macros stay out of the app
    int m_xiOpcode;
    int m_stopFd;     // an eventfd: written once to end the thread at once
    GLFWwindow* m_window;
    Clock m_clock;
    Wake m_wake;

    std::mutex m_mutex;
    std::vector<Xi2TouchEvent> m_queue;  // guarded by m_mutex
    Xi2TouchTranslator m_translator;     // main thread only
    std::thread m_thread;
};

}  // namespace nt
