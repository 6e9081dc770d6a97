// The participant page, embedded in the executable at build time from
// assets/web/ (src/CMakeLists.txt): nothing is read from disk or fetched.
#pragma once

namespace nt {

const char* phonePageHtml();
const char* phonePageJs();
const char* phonePageCss();

}  // namespace nt
