# Warnings and sanitizers as interface targets, linked into every library and executable.
add_library(kompas_options INTERFACE)
target_compile_options(kompas_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
                                                -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused
                                                -Woverloaded-virtual)
if(KOMPAS_WARNINGS_AS_ERRORS)
    target_compile_options(kompas_options INTERFACE -Werror)
endif()
if(KOMPAS_SANITIZE)
    target_compile_options(kompas_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                    -fno-sanitize-recover=undefined)
    target_link_options(kompas_options INTERFACE -fsanitize=address,undefined)
endif()

# KOMPAS_ODR_CHECK: link-time optimisation so that the linker compares the definitions of each
# class across translation units and fails on a One Definition Rule violation (-Wodr). Slow and off
# by default; scripts/check-odr.sh is the cheap check on every run.
if(KOMPAS_ODR_CHECK)
    set_property(TARGET kompas_options APPEND PROPERTY INTERFACE_COMPILE_OPTIONS -flto=auto -Wodr -Werror=odr)
    set_property(TARGET kompas_options APPEND PROPERTY INTERFACE_LINK_OPTIONS -flto=auto -Wodr -Werror=odr)
endif()
