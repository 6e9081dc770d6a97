// What the readers and writers of the room's messages share
// (room_messages.cpp, room_vote.cpp): a message read with the board file's
// Reader, so a bad one is named the way a bad file is, and texts cut to a
// limit at a character's edge.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json_reader.h"
#include "core/room_messages.h"

namespace nt::room {

// `read(reader, json)` on `text` as JSON of at most kMaxMessageBytes;
// nullopt with `why` set when it is not.
template <class T, class Read>
std::optional<T> readMessage(std::string_view text, std::string& why, const char* what, Read read) {
    if (text.size() > kMaxMessageBytes) {
        why = std::string(what) + ": larger than " + std::to_string(kMaxMessageBytes) + " bytes";
        return std::nullopt;
    }
    const Json j = Json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded()) {
        why = std::string(what) + ": not JSON";
        return std::nullopt;
    }
    try {
        return read(Reader(what), j);
    } catch (const LoadError& e) {
        why = e.what();
        return std::nullopt;
    }
}

// A combination's partners by name, as tables send them: at most
// kMaxGatheredPartners names of at most kMaxGatheredName bytes each.
inline std::vector<std::string> readPartnerNames(const Reader& r, const Json& obj, const std::string& path) {
    const Json& list = r.array(obj, path, "partners");
    if (list.size() > kMaxGatheredPartners) r.fail(path + "/partners", "more than " + std::to_string(kMaxGatheredPartners) + " partners");
    std::vector<std::string> names;
    for (size_t k = 0; k < list.size(); ++k) {
        if (!list[k].is_string() || list[k].get<std::string>().size() > kMaxGatheredName)
            r.fail(path + "/partners/" + std::to_string(k), "not a partner's name");
        names.push_back(list[k].get<std::string>());
    }
    return names;
}

// At most `max` bytes, never half a character.
inline std::string clipText(std::string text, size_t max) {
    if (text.size() <= max) return text;
    size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    text.resize(end);
    return text;
}

}  // namespace nt::room
