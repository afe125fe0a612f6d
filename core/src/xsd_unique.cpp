#include "xsd_unique.hpp"

#include <algorithm>
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

// True when an xs:keyref of the schema refers to the constraint `name`: it must stay in
// the compiled schema then.
bool referred(const xmlNode* n, std::string_view name) {
    for (; n; n = n->next) {
        if (is_xsd(n, "keyref")) {
            const std::string refer = attribute(n, "refer");
            const auto colon = refer.find(':');
            if ((colon == std::string::npos ? refer : refer.substr(colon + 1)) == name) return true;
        }
        if (n->type == XML_ELEMENT_NODE && referred(n->children, name)) return true;
    }
    return false;
}

std::string collapsed(const xmlChar* begin, const xmlChar* end) {
    std::string out;
    bool space = false;
    for (const xmlChar* p = begin; p < end; ++p) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += char(*p);
    }
    return out;
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

}  // namespace

std::vector<Constraint> take_simple(xmlDoc* schema) {
    std::vector<Constraint> out;
    xmlNode* root = xmlDocGetRootElement(schema);
    if (!root || !is_xsd(root, "schema")) return out;
    const std::string target_ns = attribute(root, "targetNamespace");
    for (xmlNode* element = root->children; element; element = element->next) {
        if (!is_xsd(element, "element")) continue;
        for (xmlNode* c = element->children; c;) {
            xmlNode* next = c->next;
            if (is_xsd(c, "unique") && !referred(root, attribute(c, "name")))
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

void Checker::start(const xmlChar* localname, const xmlChar* uri, int nb_attributes,
                    const xmlChar** attributes, std::vector<std::string>& messages) {
    ++depth_;
    if (std::none_of(constraints_.begin(), constraints_.end(), [&](const Constraint& c) {
            return may_be(localname, c.scope_name) || may_be(localname, c.name);
        }))
        return;
    const std::string_view local = view(localname), ns = view(uri);
    for (const Constraint& c : constraints_) {
        if (local == c.scope_name && ns == c.scope_ns) open_.push_back({&c, depth_, {}});
        if (local != c.name || ns != c.ns) continue;
        for (int a = 0; a < nb_attributes; ++a) {
            const xmlChar** at = attributes + 5 * a;
            if (at[2] || c.attribute != reinterpret_cast<const char*>(at[0])) continue;
            const std::string key = collapsed(at[3], at[4]);
            for (Scope& s : open_)
                if (s.constraint == &c && (c.descendants || depth_ == s.depth + 1) &&
                    !s.keys.insert(key).second) {
                    messages.push_back("Element '" + (c.ns.empty() ? "" : "{" + c.ns + "}") +
                                       c.name + "': Duplicate key-sequence ['" + key +
                                       "'] in unique identity-constraint '" + c.qname + "'.");
                    break;
                }
        }
    }
}

void Checker::end() {
    while (!open_.empty() && open_.back().depth == depth_) open_.pop_back();
    --depth_;
}

}  // namespace mtk::xsd_unique
