// A module left from another build: its interface stamp is not the command's. Its entry point
// returns nothing usable, so a command that called it anyway would crash (module_test.cpp).
extern "C" const char mtk_module_interface[] = "another-build";

extern "C" const void* mtk_json_codec() {
    return nullptr;
}
