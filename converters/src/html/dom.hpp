// Small read-only helpers over libxml2's HTML tree (tag names are lowercase there).
#pragma once

#include <libxml/tree.h>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "mtk/ascii.hpp"

namespace mtk::converters::html {

/// Deepest element nesting the walkers descend into. libxml2 itself stops parsing at 256
/// levels (it is never given XML_PARSE_HUGE); this bound keeps the recursion safe even
/// with a libxml2 built otherwise.
inline constexpr int kMaxDepth = 300;

inline bool is_element(const xmlNode* n) {
    return n && n->type == XML_ELEMENT_NODE;
}

inline std::string_view name_of(const xmlNode* n) {
    return is_element(n) && n->name ? std::string_view(reinterpret_cast<const char*>(n->name))
                                    : std::string_view();
}

/// A fixed set of names (tag names: these tests run on every element, several times),
/// looked up by hash: usually one compare or none, instead of one per name.
template <std::size_t N>
class NameSet {
  public:
    consteval explicit NameSet(const std::string_view (&names)[N]) {
        for (const std::string_view name : names) {
            std::size_t i = slot(name);
            while (!slots_[i].empty()) i = (i + 1) % kSlots;
            slots_[i] = name;
        }
    }

    bool contains(std::string_view name) const {
        for (std::size_t i = slot(name); !slots_[i].empty(); i = (i + 1) % kSlots)
            if (slots_[i] == name) return true;
        return false;
    }

  private:
    static constexpr std::size_t kSlots = 4 * N;  // mostly empty, so that probes end soon
    static constexpr std::size_t slot(std::string_view s) {
        return s.empty() ? 0
                         : (s.size() * 31 + static_cast<unsigned char>(s.front()) * 7 +
                            static_cast<unsigned char>(s.back())) %
                               kSlots;
    }
    std::array<std::string_view, kSlots> slots_{};
};

/// The attribute's value ("" when absent), entities resolved: a view into the tree, valid
/// while the document lives. libxml2's HTML parser keeps a value as one text node (and none
/// for a bare attribute such as `hidden`); a value of any other shape, which that parser
/// does not build, reads as "".
std::string_view attr(const xmlNode* n, const char* name);
/// The value of attribute `a` as attr() reads it.
std::string_view attr_value(const xmlAttr* a);
bool has_attr(const xmlNode* n, const char* name);

/// The text of the node and everything below it, as libxml2 gives it (entities resolved).
std::string text_content(const xmlNode* n);

/// 1..6 for h1..h6, else 0.
int heading_level(const xmlNode* n);

/// Elements that start a new block (a paragraph break) rather than continuing a line.
bool is_block(const xmlNode* n);

/// True when one of the element's direct children is a block element.
bool has_block_child(const xmlNode* n);

/// An integer attribute (<ol start>, <li value>); nullopt when absent or not a number.
std::optional<long> number_attr(const xmlNode* el, const char* name);

/// The marker a browser shows for item `n` of an <ol type=...> ('1', 'a', 'A', 'i', 'I'),
/// with its dot: "3.", "c.", "IV.".
std::string list_marker(char type, long n);

// ASCII case for tag, attribute and charset names (tag names are lowercase in the tree).
using ascii::icontains;
using ascii::iequals;
using ascii::ifind;
using ascii::istarts_with;
using ascii::lowercase;

/// A style attribute as the checks for a declaration read it: lowercase, without spaces,
/// tabs and newlines ("Font-Weight: Bold" -> "font-weight:bold").
std::string compact_style(std::string_view style);

}  // namespace mtk::converters::html
