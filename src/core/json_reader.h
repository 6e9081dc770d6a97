// Reads typed fields out of a parsed board file, naming the JSON pointer of
// anything missing, of the wrong type or out of range in a LoadError.
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>
#include <vector>
#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/board_file.h"

namespace nt {

using Json = nlohmann::ordered_json;

// Reads typed fields out of parsed JSON, naming the JSON pointer of anything
// that is missing or of the wrong type.
class Reader {
public:
    explicit Reader(std::string source) : m_source(std::move(source)) {}

    [[noreturn]] void fail(const std::string& path, const std::string& what) const {
        throw LoadError(m_source + ": " + (path.empty() ? "/" : path) + ": " + what);
    }

    const Json& field(const Json& obj, const std::string& path, const char* key) const {
        if (!obj.is_object()) fail(path, std::string("expected an object, found ") + typeName(obj));
        auto it = obj.find(key);
        if (it == obj.end()) fail(path + "/" + key, "missing");
        return *it;
    }

    std::string str(const Json& obj, const std::string& path, const char* key, std::size_t maxLen = 10000) const {
        const Json& v = field(obj, path, key);
        if (!v.is_string()) fail(path + "/" + key, std::string("expected text, found ") + typeName(v));
        auto s = v.get<std::string>();
        if (s.size() > maxLen) fail(path + "/" + key, "text longer than " + std::to_string(maxLen) + " bytes");
        return s;
    }

    double num(const Json& obj, const std::string& path, const char* key, double lo, double hi) const {
        const Json& v = field(obj, path, key);
        if (!v.is_number()) fail(path + "/" + key, std::string("expected a number, found ") + typeName(v));
        const double d = v.get<double>();
        if (!std::isfinite(d) || d < lo || d > hi)
            fail(path + "/" + key, "number out of range (" + fmt(lo) + " to " + fmt(hi) + ")");
        return d;
    }

    std::uint64_t id(const Json& obj, const std::string& path, const char* key) const {
        return idValue(field(obj, path, key), path + "/" + key);
    }

    std::uint64_t idValue(const Json& v, const std::string& path) const {
        if (v.is_number_unsigned() && v.get<std::uint64_t>() > 0) return v.get<std::uint64_t>();
        if (v.is_number_integer() && v.get<std::int64_t>() > 0) return static_cast<std::uint64_t>(v.get<std::int64_t>());
        if (v.is_number_integer()) fail(path, "must be 1 or more, found " + v.dump());
        if (v.is_number()) fail(path, "expected a whole number, found " + v.dump());
        fail(path, std::string("expected a whole number of 1 or more, found ") + typeName(v));
    }

    int integer(const Json& obj, const std::string& path, const char* key, int lo, int hi) const {
        const Json& v = field(obj, path, key);
        if (!v.is_number_integer())
            fail(path + "/" + key, "expected a whole number, found " + (v.is_number() ? v.dump() : typeName(v)));
        // Unsigned first: a huge unsigned number would wrap to a negative int64.
        const bool inRange = v.is_number_unsigned() ? v.get<std::uint64_t>() <= static_cast<std::uint64_t>(hi) &&
                                                          static_cast<std::int64_t>(v.get<std::uint64_t>()) >= lo
                                                    : v.get<std::int64_t>() >= lo && v.get<std::int64_t>() <= hi;
        if (!inRange)
            fail(path + "/" + key, "number out of range (" + std::to_string(lo) + " to " + std::to_string(hi) + ")");
        return static_cast<int>(v.get<std::int64_t>());
    }

    // A list of distinct texts, each at most maxLen bytes.
    std::vector<std::string> texts(const Json& obj, const std::string& path, const char* key, std::size_t maxCount,
                                   std::size_t maxLen) const {
        const Json& list = array(obj, path, key);
        const std::string p = path + "/" + key;
        if (list.size() > maxCount) fail(p, "more than " + std::to_string(maxCount) + " entries");
        std::vector<std::string> out;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string ip = p + "/" + std::to_string(i);
            if (!list[i].is_string()) fail(ip, std::string("expected text, found ") + typeName(list[i]));
            auto s = list[i].get<std::string>();
            if (s.size() > maxLen) fail(ip, "text longer than " + std::to_string(maxLen) + " bytes");
            if (std::find(out.begin(), out.end(), s) != out.end()) fail(ip, "\"" + s + "\" appears twice");
            out.push_back(std::move(s));
        }
        return out;
    }

    bool boolean(const Json& obj, const std::string& path, const char* key) const {
        const Json& v = field(obj, path, key);
        if (!v.is_boolean()) fail(path + "/" + key, std::string("expected true or false, found ") + typeName(v));
        return v.get<bool>();
    }

    const Json& array(const Json& obj, const std::string& path, const char* key) const {
        const Json& v = field(obj, path, key);
        if (!v.is_array()) fail(path + "/" + key, std::string("expected a list, found ") + typeName(v));
        return v;
    }

    Vec2 vec(const Json& obj, const std::string& path, const char* key) const {
        const Json& v = field(obj, path, key);
        const std::string p = path + "/" + key;
        // Items may sit a little off the board, but not in another galaxy.
        return {num(v, p, "x", kMinCoordX, kMaxCoordX), num(v, p, "y", kMinCoordY, kMaxCoordY)};
    }

    std::uint32_t colour(const Json& obj, const std::string& path, const char* key) const {
        const std::string s = str(obj, path, key);
        const auto value = parseHexColour(s);
        if (!value) fail(path + "/" + key, "expected a colour like \"#8FB8DE\", found \"" + s + "\"");
        return *value;
    }

    // A text that must be one of an enum's names; `expected` lists them for the message.
    template <class E>
    E choice(const Json& obj, const std::string& path, const char* key, std::optional<E> (*fromName)(const std::string&),
             const char* expected) const {
        const std::string s = str(obj, path, key, 100);
        const auto value = fromName(s);
        if (!value) fail(path + "/" + key, std::string("expected ") + expected + ", found \"" + s + "\"");
        return *value;
    }

    static const char* typeName(const Json& v) {
        switch (v.type()) {
            case Json::value_t::null: return "null";
            case Json::value_t::object: return "an object";
            case Json::value_t::array: return "a list";
            case Json::value_t::string: return "text";
            case Json::value_t::boolean: return "true/false";
            case Json::value_t::binary: return "binary data";
            case Json::value_t::discarded: return "something nested too deeply";
            default: return "a number";
        }
    }

private:
    static std::string fmt(double d) {
        std::ostringstream o;
        o << d;
        return o.str();
    }
    std::string m_source;
};


}  // namespace nt
