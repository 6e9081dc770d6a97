// Showing a part of the back buffer (see region_present.h). Apart from the
// rest of the platform: GLX's headers bring GL's own, which glad replaces
// everywhere else.
#include "platform/region_present.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#define GLFW_EXPOSE_NATIVE_X11
#define GLFW_EXPOSE_NATIVE_GLX
#include <GLFW/glfw3native.h>

#include <cstring>
#include <string_view>

namespace nt {

std::unique_ptr<RegionPresenter> RegionPresenter::make(GLFWwindow* window) {
    Display* display = glfwGetX11Display();
    const GLXWindow drawable = glfwGetGLXWindow(window);
    if (!display || !drawable) return nullptr;
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    const std::string_view name = renderer ? renderer : "";
    if (name.find("llvmpipe") == std::string_view::npos && name.find("softpipe") == std::string_view::npos) return nullptr;
    const char* extensions = glXQueryExtensionsString(display, DefaultScreen(display));
    if (!extensions || !std::strstr(extensions, "GLX_MESA_copy_sub_buffer")) return nullptr;
    const auto copy = reinterpret_cast<void (*)(Display*, GLXDrawable, int, int, int, int)>(
        glXGetProcAddressARB(reinterpret_cast<const GLubyte*>("glXCopySubBufferMESA")));
    if (!copy) return nullptr;
    return std::unique_ptr<RegionPresenter>(
        new RegionPresenter(display, drawable, reinterpret_cast<CopySubBuffer>(copy)));
}

void RegionPresenter::show(int x, int y, int width, int height, int framebufferHeight) const {
    // GLX counts rows from the bottom.
    reinterpret_cast<void (*)(Display*, GLXDrawable, int, int, int, int)>(m_copy)(
        static_cast<Display*>(m_display), m_drawable, x, framebufferHeight - (y + height), width, height);
}

}  // namespace nt
