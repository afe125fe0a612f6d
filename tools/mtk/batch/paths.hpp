// Path safety for batch output: nothing a batch writes may land outside its output folder.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

namespace mtk::cli::batch {

/// The path below the output folder for a source path named in a list (--files-from):
/// absolute paths lose their root ("/data/a.txt" -> "data/a.txt"), relative ones are
/// normalised; a path that climbs out of the current folder ("../a.txt") is mapped by its
/// absolute form. nullopt for a path that names no file ("", ".", "dir/..").
std::optional<std::filesystem::path> relative_under_out(const std::filesystem::path& listed);

/// True when `rel` is a plain relative path: not absolute, no "..", "." or empty parts.
bool is_contained(const std::filesystem::path& rel);

/// OUT/rel, after checking that the folder it goes into, once created, resolves (symbolic
/// links included) inside OUT. Throws UsageError otherwise.
std::filesystem::path output_path(const std::filesystem::path& out,
                                  const std::filesystem::path& rel);

/// True for the name of a temporary file write_file_atomically leaves when it is killed
/// while writing an output: ".NAME.xml.XXXXXX".
bool is_temp_name(std::string_view filename);

/// Removes the temporary files an interrupted run left in the `out` tree; returns how many.
std::size_t remove_stale_temps(const std::filesystem::path& out);

}  // namespace mtk::cli::batch
