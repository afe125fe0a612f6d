// The schema's simplest identity constraints, checked as the document streams instead of by
// libxml2. libxml2's identity-constraint machinery (XPath state machines on every element,
// a formatted string per key) cost a third of validating a document against minutes.xsd,
// whose four constraints all read "the @id of every m:person (m:item...) below the root is
// unique"; and libxml2 2.9 leaks a matcher when a streamed document ends inside an element
// under such a constraint (not well-formed input). A constraint of that form is taken out of
// the compiled schema and checked here; any other stays with libxml2. The XSD files are
// unchanged.
#pragma once

#include <libxml/tree.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mtk::xsd_unique {

/// An xs:unique whose selector is ".//p:name" (descendants) or "p:name" (children) and
/// whose one field is "@attribute" (an attribute without namespace), declared on a global
/// element (its scope).
struct Constraint {
    std::string scope_ns, scope_name;  ///< the element that declares it
    std::string ns, name;              ///< the selected elements
    bool descendants = true;           ///< at any depth below the scope, else children only
    std::string attribute;             ///< the field
    std::string qname;                 ///< "{ns}name" of the constraint, for messages
};

/// Removes the constraints of that form from the schema document and returns them (at most
/// 32, the bits of Roles; any further one stays with libxml2).
std::vector<Constraint> take_simple(xmlDoc* schema);

/// What an element is to the constraints: bit i of `scopes` when constraint i is declared on
/// it, bit i of `selected` when constraint i selects it. Most elements are neither.
struct Roles {
    std::uint32_t scopes = 0, selected = 0;
};

/// The roles of the element `localname` of namespace `uri` (null for none); they depend on
/// the name only, so a caller that meets a name often may keep them.
Roles roles(std::span<const Constraint> constraints, const xmlChar* localname, const xmlChar* uri);

/// The keys met in one scope, each once: their bytes one after another, and a hash table of
/// their indexes (a scope gathers a few short keys; a node-based set allocated one node, and
/// a string, for each).
class KeySet {
  public:
    /// Adds `key`; false when it was there already.
    bool insert(std::string_view key);

  private:
    std::string_view key(std::size_t k) const {
        const std::uint32_t from = k == 0 ? 0 : ends_[k - 1];
        return std::string_view(bytes_).substr(from, ends_[k] - from);
    }
    void grow();
    std::string bytes_;
    std::vector<std::uint32_t> ends_;   ///< where each key's bytes end
    std::vector<std::uint32_t> slots_;  ///< 0 when free, else the index of a key + 1
};

/// Follows one document's elements and reports every key met twice in one scope, in
/// libxml2's words. Keys are compared with their white space collapsed (xs:ID's typed
/// value; libxml2 compares an xs:string key as written).
class Checker {
  public:
    explicit Checker(std::span<const Constraint> constraints) : constraints_(constraints) {
        open_.reserve(constraints.size());  // a scope each, usually all on the root
    }

    std::span<const Constraint> constraints() const { return constraints_; }

    /// An element with these roles starts (SAX2 attributes: five pointers each); appends to
    /// `messages` what it breaks.
    /// (Inline, as most elements have no role and end no scope.)
    void start(Roles roles, int nb_attributes, const xmlChar** attributes,
               std::vector<std::string>& messages) {
        ++depth_;
        if (roles.scopes | roles.selected) follow(roles, nb_attributes, attributes, messages);
    }
    /// The element started last and not yet ended ends.
    void end() {
        while (!open_.empty() && open_.back().depth == depth_) open_.pop_back();
        --depth_;
    }

  private:
    struct Scope {
        std::size_t constraint;  ///< its index
        int depth;               ///< of the element that opened it
        KeySet keys;
    };
    void follow(Roles roles, int nb_attributes, const xmlChar** attributes,
                std::vector<std::string>& messages);
    void select(std::size_t constraint, int nb_attributes, const xmlChar** attributes,
                std::vector<std::string>& messages);
    std::span<const Constraint> constraints_;
    std::vector<Scope> open_;
    std::string scratch_;  ///< a key whose white space is collapsed
    int depth_ = 0;
};

}  // namespace mtk::xsd_unique
