// Shows a part of the frame: only the rectangle that changed goes from the
// back buffer to the window (GLX_MESA_copy_sub_buffer), and the back buffer,
// never swapped, keeps the rest for the next frame. Only under a software
// renderer (Mesa's llvmpipe or softpipe), where every pixel drawn and copied
// costs the CPU; a GPU draws the whole frame in no time and swaps in step
// with the screen.
#pragma once

#include <memory>

struct GLFWwindow;

namespace nt {

class RegionPresenter {
public:
    // For the window's current GL context; null where the renderer is a GPU
    // or the driver cannot copy a part of the back buffer.
    static std::unique_ptr<RegionPresenter> make(GLFWwindow* window);

    // Shows the rectangle (framebuffer pixels, top-left origin) of the back
    // buffer, which is `height` pixels tall.
    void show(int x, int y, int width, int height, int framebufferHeight) const;

private:
    using CopySubBuffer = void (*)(void* display, unsigned long drawable, int x, int y, int width, int height);
    RegionPresenter(void* display, unsigned long drawable, CopySubBuffer copy)
        : m_display(display), m_drawable(drawable), m_copy(copy) {}
    void* m_display;
    unsigned long m_drawable;
    CopySubBuffer m_copy;
};

}  // namespace nt
