#include "xsd_unique.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <optional>
#include <string_view>

namespace mtk::xsd_unique {
namespace {

constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema";

bool is_xsd(const xmlNode* n, std::string_view local) {
    return n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           kXsd == reinterpret_cast<const char*>(n->ns->href) &&
           local == reinterpret_cast<const char*>(n->name);
}

std::string attribute(const xmlNode* n, const char* name) {
    xmlChar* v = xmlGetNoNsProp(n, reinterpret_cast<const xmlChar*>(name));
    if (!v) return {};
    std::string out(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return out;
}

// libxml2's own test of an XML name without a colon.
bool is_ncname(const std::string& s) {
    return xmlValidateNCName(reinterpret_cast<const xmlChar*>(s.c_str()), 0) == 0;
}

// The constraint `unique` (declared on global element `scope`) when it has the simple form.
std::optional<Constraint> simple(const xmlDoc* doc, const xmlNode* unique, const xmlNode* scope,
                                 const std::string& target_ns) {
    const xmlNode* selector = nullptr;
    std::vector<const xmlNode*> fields;
    for (const xmlNode* c = unique->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || is_xsd(c, "annotation")) continue;
        if (is_xsd(c, "selector") && !selector)
            selector = c;
        else if (is_xsd(c, "field"))
            fields.push_back(c);
        else
            return std::nullopt;
    }
    if (!selector || fields.size() != 1) return std::nullopt;
    const std::string path = attribute(selector, "xpath");
    const std::string field = attribute(fields.front(), "xpath");
    if (!field.starts_with("@") || !is_ncname(field.substr(1))) return std::nullopt;
    const bool descendants = path.starts_with(".//");
    std::string step = descendants              ? path.substr(3)
                       : path.starts_with("./") ? path.substr(2)
                                                : path;
    std::string ns;
    if (const auto colon = step.find(':'); colon != std::string::npos) {
        const std::string prefix = step.substr(0, colon);
        const xmlNs* bound = xmlSearchNs(const_cast<xmlDoc*>(doc), const_cast<xmlNode*>(selector),
                                         reinterpret_cast<const xmlChar*>(prefix.c_str()));
        if (!bound || !bound->href) return std::nullopt;
        ns = reinterpret_cast<const char*>(bound->href);
        step = step.substr(colon + 1);
    }
    const std::string name = attribute(unique, "name");
    if (!is_ncname(step) || name.empty()) return std::nullopt;
    return Constraint{target_ns,       attribute(scope, "name"),    ns, step, descendants,
                      field.substr(1), "{" + target_ns + "}" + name};
}

// The constraints the schema's xs:keyref elements refer to (local names): those must stay in
// the compiled schema. Gathered in one walk of the schema, not one a constraint.
void gather_referred(const xmlNode* n, std::vector<std::string>& out) {
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (is_xsd(n, "keyref")) {
            std::string refer = attribute(n, "refer");
            const auto colon = refer.find(':');
            out.push_back(colon == std::string::npos ? std::move(refer) : refer.substr(colon + 1));
        }
        gather_referred(n->children, out);
    }
}

bool is_space(xmlChar c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The key [begin, end) with its white space collapsed: the bytes themselves when they have
// none (ids usually), else a copy in `scratch`.
std::string_view collapsed(const xmlChar* begin, const xmlChar* end, std::string& scratch) {
    const std::string_view raw(reinterpret_cast<const char*>(begin), std::size_t(end - begin));
    if (std::none_of(begin, end, is_space)) return raw;
    scratch.clear();
    bool space = false;
    for (const xmlChar* p = begin; p < end; ++p) {
        if (is_space(*p)) {
            space = !scratch.empty();
            continue;
        }
        if (space) scratch += ' ';
        space = false;
        scratch += char(*p);
    }
    return scratch;
}

std::string_view view(const xmlChar* s) {
    return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

// `s` (NUL-terminated, null as empty) starts with the first two bytes of `name` (its first
// and NUL for a one-byte name): necessary for `s` to be `name`, and known without measuring
// `s`. Most elements fail it for every constraint.
bool may_be(const xmlChar* s, const std::string& name) {
    const auto* c = s ? reinterpret_cast<const char*>(s) : "";
    return c[0] == name[0] && (c[0] == 0 || c[1] == name[1]);
}

// FNV-1a: keys are a few bytes ("p12", "i3.1"), too short to make a faster hash pay.
std::size_t hash(std::string_view key) {
    std::uint64_t h = 0xCBF29CE484222325;
    for (const char c : key) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3;
    return std::size_t(h ^ (h >> 32));
}

// The NUL-terminated `c` is `s`, known without measuring `c`.
bool same(const std::string& s, const xmlChar* c) {
    for (const char x : s)
        if (static_cast<unsigned char>(x) != *c++) return false;
    return *c == 0;
}

}  // namespace

std::vector<Constraint> take_simple(xmlDoc* schema) {
    std::vector<Constraint> out;
    xmlNode* root = xmlDocGetRootElement(schema);
    if (!root || !is_xsd(root, "schema")) return out;
    const std::string target_ns = attribute(root, "targetNamespace");
    std::vector<std::string> referred;
    gather_referred(root, referred);
    const auto is_referred = [&](const std::string& name) {
        return std::find(referred.begin(), referred.end(), name) != referred.end();
    };
    for (xmlNode* element = root->children; element; element = element->next) {
        if (!is_xsd(element, "element")) continue;
        for (xmlNode* c = element->children; c;) {
            xmlNode* next = c->next;
            if (out.size() < 32 && is_xsd(c, "unique") && !is_referred(attribute(c, "name")))
                if (std::optional<Constraint> found = simple(schema, c, element, target_ns)) {
                    out.push_back(std::move(*found));
                    xmlUnlinkNode(c);
                    xmlFreeNode(c);
                }
            c = next;
        }
    }
    return out;
}

bool KeySet::insert(std::string_view key) {
    if (2 * (ends_.size() + 1) > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(key) & mask;; i = (i + 1) & mask) {
        if (slots_[i] == 0) {
            bytes_.append(key);
            ends_.push_back(std::uint32_t(bytes_.size()));
            slots_[i] = std::uint32_t(ends_.size());
            return true;
        }
        if (this->key(slots_[i] - 1) == key) return false;
    }
}

void KeySet::grow() {
    if (slots_.empty()) {  // room for the keys of most scopes at once
        ends_.reserve(16);
        bytes_.reserve(64);
    }
    slots_.assign(std::max<std::size_t>(32, 2 * slots_.size()), 0);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t k = 0; k < ends_.size(); ++k) {
        std::size_t i = hash(key(k)) & mask;
        while (slots_[i] != 0) i = (i + 1) & mask;
        slots_[i] = std::uint32_t(k + 1);
    }
}

Roles roles(std::span<const Constraint> constraints, const xmlChar* localname, const xmlChar* uri) {
    Roles r;
    if (std::none_of(constraints.begin(), constraints.end(), [&](const Constraint& c) {
            return may_be(localname, c.scope_name) || may_be(localname, c.name);
        }))
        return r;
    const std::string_view local = view(localname), ns = view(uri);
    for (std::size_t i = 0; i < constraints.size(); ++i) {
        const Constraint& c = constraints[i];
        if (local == c.scope_name && ns == c.scope_ns) r.scopes |= 1U << i;
        if (local == c.name && ns == c.ns) r.selected |= 1U << i;
    }
    return r;
}

// The element that starts has roles: it opens scopes, or has keys to check, or both.
void Checker::follow(Roles roles, int nb_attributes, const xmlChar** attributes,
                     std::vector<std::string>& messages) {
    for (std::uint32_t both = roles.scopes | roles.selected; both != 0; both &= both - 1) {
        const auto i = std::size_t(std::countr_zero(both));
        if (roles.scopes >> i & 1) open_.push_back({i, depth_, {}});
        if (roles.selected >> i & 1) select(i, nb_attributes, attributes, messages);
    }
}

// An element constraint `i` selects starts: its key must be new in each scope it is in.
void Checker::select(std::size_t i, int nb_attributes, const xmlChar** attributes,
                     std::vector<std::string>& messages) {
    const Constraint& c = constraints_[i];
    for (int a = 0; a < nb_attributes; ++a) {
        const xmlChar** at = attributes + 5 * a;
        if (at[2] || !same(c.attribute, at[0])) continue;
        const std::string_view key = collapsed(at[3], at[4], scratch_);
        for (Scope& s : open_)
            if (s.constraint == i && (c.descendants || depth_ == s.depth + 1) &&
                !s.keys.insert(key)) {
                messages.push_back("Element '" + (c.ns.empty() ? "" : "{" + c.ns + "}") + c.name +
                                   "': Duplicate key-sequence ['" + std::string(key) +
                                   "'] in unique identity-constraint '" + c.qname + "'.");
                break;
            }
    }
}

}  // namespace mtk::xsd_unique
