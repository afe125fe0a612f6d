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

#include <set>
#include <span>
#include <string>
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

/// Removes the constraints of that form from the schema document and returns them.
std::vector<Constraint> take_simple(xmlDoc* schema);

/// Follows one document's elements and reports every key met twice in one scope, in
/// libxml2's words. Keys are compared with their white space collapsed (xs:ID's typed
/// value; libxml2 compares an xs:string key as written).
class Checker {
  public:
    explicit Checker(std::span<const Constraint> constraints) : constraints_(constraints) {}

    /// An element starts (SAX2 arguments: five pointers per attribute); appends to
    /// `messages` what it breaks.
    void start(const xmlChar* localname, const xmlChar* uri, int nb_attributes,
               const xmlChar** attributes, std::vector<std::string>& messages);
    /// The element started last and not yet ended ends.
    void end();

  private:
    struct Scope {
        const Constraint* constraint;
        int depth;  ///< of the element that opened it
        std::set<std::string> keys;
    };
    std::span<const Constraint> constraints_;
    std::vector<Scope> open_;
    int depth_ = 0;
};

}  // namespace mtk::xsd_unique
