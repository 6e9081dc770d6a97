// The end-of-phase sound: the X server's bell (XBell) on the window's
// display, which the desktop turns into its own sound where it has one. No
// new audio dependency; silent where there is no X11 display or no speaker
// (Xvfb), which is fine: the pulse on screen is the signal that counts.
#pragma once

struct GLFWwindow;

namespace nt {

// Rings the bell once; returns false when there is no X11 display to ask.
bool ringBell(GLFWwindow* window);

}  // namespace nt
