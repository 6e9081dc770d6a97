// XBell on GLFW's own X connection (the main thread owns it).
#include "platform/bell.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#define GLFW_EXPOSE_NATIVE_X11
#include <GLFW/glfw3native.h>
#include <X11/Xlib.h>

namespace nt {

bool ringBell(GLFWwindow* window) {
    if (!window) return false;
    Display* display = glfwGetX11Display();
    if (!display) return false;
    XBell(display, 0);  // at the base volume the desktop is set to
    XFlush(display);
    return true;
}

}  // namespace nt
