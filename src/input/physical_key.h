// What a physical keyboard types while an on-screen keyboard is open and no
// panel field has the focus: text as the system's layout makes it, Backspace
// and Enter. The window collects them; the keyboard desk types them.
#pragma once

#include <string>

namespace nt {

struct PhysicalKey {
    enum class Kind { Text, Backspace, Enter } kind = Kind::Text;
    std::string text;  // Text: UTF-8
    friend bool operator==(const PhysicalKey&, const PhysicalKey&) = default;
};

}  // namespace nt
