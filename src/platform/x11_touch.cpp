// The X11 touch thread: a second X connection that selects XI 2.2 touch
// events on the GLFW window, poll()s its socket and a stop eventfd, turns
// each XIDeviceEvent into a plain Xi2TouchEvent, queues it, wakes the loop.
#include "platform/x11_touch.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#define GLFW_EXPOSE_NATIVE_X11
#include <GLFW/glfw3native.h>
#include <X11/Xlib.h>
#include <X11/extensions/XInput2.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>
#include <utility>

namespace nt {

namespace {

// If the loop stalls, updates beyond this many are dropped; begins and ends
// are always kept so no finger gets stuck.
constexpr std::size_t kMaxQueued = 1 << 16;

Display* dpy(void* d) { return static_cast<Display*>(d); }

// Xlib reports protocol errors through one process-wide handler whose
// default exits. Selecting can fail (BadAccess: another client of this
// window already took its touches), so the selection runs with a handler
// that only remembers the error; it is set and restored on the main thread,
// where GLFW also sets its own, so the two never race.
int g_selectError = 0;
int rememberError(Display*, XErrorEvent* e) {
    g_selectError = e->error_code;
    return 0;
}

}  // namespace

std::unique_ptr<X11TouchReader> X11TouchReader::start(GLFWwindow* window, Clock clock, Wake wake) {
    Display* glfwDisplay = glfwGetX11Display();
    const ::Window xwindow = window ? glfwGetX11Window(window) : 0;
    if (!glfwDisplay || !xwindow) return nullptr;  // not on X11

    Display* d = XOpenDisplay(DisplayString(glfwDisplay));
    if (!d) return nullptr;
    int opcode = 0, event = 0, error = 0;
    int major = 2, minor = 2;
    if (!XQueryExtension(d, "XInputExtension", &opcode, &event, &error) || XIQueryVersion(d, &major, &minor) != Success ||
        major < 2 || (major == 2 && minor < 2)) {
        XCloseDisplay(d);  // no XInput 2.2: no touch, quietly
        return nullptr;
    }

    unsigned char bits[XIMaskLen(XI_LASTEVENT)] = {};
    XISetMask(bits, XI_TouchBegin);
    XISetMask(bits, XI_TouchUpdate);
    XISetMask(bits, XI_TouchEnd);
    XIEventMask mask{};
    mask.deviceid = XIAllMasterDevices;
    mask.mask_len = sizeof bits;
    mask.mask = bits;
    g_selectError = 0;
    XSync(d, False);
    auto* previous = XSetErrorHandler(rememberError);
    XISelectEvents(d, xwindow, &mask, 1);
    XSync(d, False);
    XSetErrorHandler(previous);
    if (g_selectError != 0) {
        std::fprintf(stderr, "netwerktafel: no X11 touch input: the window's touches cannot be selected (X error %d)\n",
                     g_selectError);
        XCloseDisplay(d);
        return nullptr;
    }

    const int stopFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (stopFd < 0) {
        std::fprintf(stderr, "netwerktafel: no X11 touch input: %s\n", std::strerror(errno));
        XCloseDisplay(d);
        return nullptr;
    }
    return std::unique_ptr<X11TouchReader>(
        new X11TouchReader(d, opcode, stopFd, window, std::move(clock), std::move(wake)));
}

X11TouchReader::X11TouchReader(void* display, int xiOpcode, int stopFd, GLFWwindow* window, Clock clock, Wake wake)
    : m_display(display), m_xiOpcode(xiOpcode), m_stopFd(stopFd), m_window(window), m_clock(std::move(clock)),
      m_wake(std::move(wake)) {
    m_thread = std::thread([this] { run(); });
}

X11TouchReader::~X11TouchReader() {
    const std::uint64_t one = 1;
    if (::write(m_stopFd, &one, sizeof one) < 0) std::perror("netwerktafel: stopping the X11 touch thread");
    m_thread.join();
    XCloseDisplay(dpy(m_display));  // the server drops this client's selection with it
    ::close(m_stopFd);
}

void X11TouchReader::run() {
    pollfd fds[2] = {{ConnectionNumber(dpy(m_display)), POLLIN, 0}, {m_stopFd, POLLIN, 0}};
    std::vector<Xi2TouchEvent> batch;
    while (true) {
        // XPending first: Xlib may already hold events it read with an earlier reply.
        readAll(batch);
        if (!batch.empty()) {
            {
                std::lock_guard lock(m_mutex);
                for (const Xi2TouchEvent& e : batch)
                    if (m_queue.size() < kMaxQueued || e.type != Xi2TouchType::Update) m_queue.push_back(e);
            }
            batch.clear();
            m_wake();
        }
        const int ready = ::poll(fds, 2, -1);
        if (ready < 0 && errno != EINTR) {
            std::fprintf(stderr, "netwerktafel: X11 touch input stopped: %s\n", std::strerror(errno));
            return;
        }
        if (fds[1].revents) return;
        // The server went away: GLFW's own connection ends the app; reading on
        // would only reach Xlib's exiting I/O error handler from this thread.
        if (fds[0].revents & (POLLERR | POLLHUP | POLLNVAL)) return;
    }
}

void X11TouchReader::readAll(std::vector<Xi2TouchEvent>& batch) {
    Display* d = dpy(m_display);
    while (XPending(d) > 0) {
        XEvent ev;
        XNextEvent(d, &ev);
        XGenericEventCookie* cookie = &ev.xcookie;
        if (cookie->type != GenericEvent || cookie->extension != m_xiOpcode || !XGetEventData(d, cookie)) continue;
        if (cookie->evtype == XI_TouchBegin || cookie->evtype == XI_TouchUpdate || cookie->evtype == XI_TouchEnd) {
            const auto* xe = static_cast<const XIDeviceEvent*>(cookie->data);
            Xi2TouchEvent e;
            e.type = cookie->evtype == XI_TouchBegin    ? Xi2TouchType::Begin
                     : cookie->evtype == XI_TouchUpdate ? Xi2TouchType::Update
                                                        : Xi2TouchType::End;
            e.device = xe->deviceid;
            e.touch = static_cast<std::uint32_t>(xe->detail);
            e.x = xe->event_x;
            e.y = xe->event_y;
            e.serverTimeMs = static_cast<std::uint64_t>(xe->time);
            e.received = m_clock();
            batch.push_back(e);
        }
        XFreeEventData(d, cookie);
    }
}

std::vector<PointerEvent> X11TouchReader::takeEvents(const BoardTransform& transform) {
    std::vector<Xi2TouchEvent> raw;
    {
        std::lock_guard lock(m_mutex);
        raw = std::exchange(m_queue, {});
    }
    if (raw.empty()) return {};
    int w = 0, h = 0;
    glfwGetWindowSize(m_window, &w, &h);
    return m_translator.translate(raw, Xi2Surface{static_cast<double>(w), static_cast<double>(h), transform});
}

}  // namespace nt
