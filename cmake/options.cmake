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
