// The results report as one printable web page: everything the Markdown
// report lists (report.h), in the app's calm colours, with the board's
// picture inside as a data: URI, so the single file can be mailed, opened in
// any browser and printed to A4 or PDF. The core does not draw: the picture
// comes in as the bytes of a PNG file. Typed text is always escaped.
#pragma once

#include <string>
#include <string_view>

#include "core/report.h"

namespace nt {

// The page, UTF-8, `lang` from in.lang. `boardPng`: a whole PNG file, shown
// at the top; empty: the page goes without a picture.
std::string reportHtml(const ReportInput& in, std::string_view boardPng);

// Writes the report's three files beside the board file (reportPathFor):
// the Markdown, the CSV and this page with `boardPng` inside, each through
// the atomic writer, so a full disk or a read-only folder leaves any earlier
// report as it was. Returns the page's path. Throws SaveError.
std::string writeReportFiles(const ReportInput& in, std::string_view boardPng, const std::string& boardPath);

// Text made safe for HTML content and attribute values: & < > " ' become
// entities; a line break becomes <br> (only when `lineBreaks`).
std::string htmlEscaped(std::string_view text, bool lineBreaks = false);

// Standard base64 (RFC 4648) with '=' padding, no line breaks.
std::string base64(std::string_view bytes);

}  // namespace nt
