// Colours and the ImGui style: calm, warm and readable from two metres.
#pragma once

#include <cstdint>
#include <string_view>

#include <imgui.h>

#include "core/model.h"

namespace nt::theme {

// 0xRRGGBB plus alpha to ImGui's packed ABGR.
constexpr ImU32 rgb(std::uint32_t c, std::uint8_t alpha = 255) {
    return IM_COL32((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF, alpha);
}

// Mixes c towards white (amount > 0) or black (amount < 0); amount in -1..1.
std::uint32_t shade(std::uint32_t c, float amount);

constexpr std::uint32_t kBackground = 0xF3EFE6;
constexpr std::uint32_t kInk = 0x2B2A28;        // main text
constexpr std::uint32_t kInkSoft = 0x6B665E;    // hints and labels
constexpr std::uint32_t kCard = 0xFFFDF8;
constexpr std::uint32_t kLine = 0xD9D2C3;
constexpr std::uint32_t kStrengthTint = 0xE4EEDC;
constexpr std::uint32_t kStrengthInk = 0x3C6B43;
constexpr std::uint32_t kWeaknessTint = 0xF5E3DA;
constexpr std::uint32_t kWeaknessInk = 0x9A4A34;
constexpr std::uint32_t kBinRed = 0xC2553F;
constexpr std::uint32_t kOvertime = 0xB7791F;  // a phase's time is up: warm amber, noticed, not alarming
constexpr std::uint32_t kAccent = 0x3D6F8E;     // buttons, focus
constexpr std::uint32_t kPhoneVote = 0x57534C;  // a vote from a phone: graphite, no seat's colour

std::uint32_t noteColour(NoteKind kind);
// A seat's own colour at the table (1-based), distinct for up to 12 seats.
std::uint32_t seatColour(int seat);
// A combination's colour, by its place in the board's list.
std::uint32_t combinationColour(size_t index);
// A table of the room of tables: its colour on the plenary's cards and in the room's vote.
std::uint32_t tableColour(std::string_view table);

void applyImGuiStyle(float scale);

}  // namespace nt::theme
