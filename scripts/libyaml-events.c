/*
 * libyaml-events FILE
 *
 * Prints the event stream that the system libyaml produces for FILE in the
 * yaml-test-suite `test.event` notation, so that libyaml's own behaviour can be
 * compared with the suite mechanically (scripts/yaml-suite-differences.py).
 * On a parse error it prints the events so far, then "ERROR <problem>" and exits 1.
 *
 * Build: cc -O1 -o libyaml-events scripts/libyaml-events.c $(pkg-config --cflags --libs yaml-0.1)
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

static void print_text(const unsigned char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        switch (s[i]) {
        case '\\': fputs("\\\\", stdout); break;
        case '\0': fputs("\\0", stdout); break;
        case '\b': fputs("\\b", stdout); break;
        case '\n': fputs("\\n", stdout); break;
        case '\r': fputs("\\r", stdout); break;
        case '\t': fputs("\\t", stdout); break;
        default: putchar(s[i]);
        }
    }
}

static void print_props(const unsigned char *anchor, const unsigned char *tag) {
    if (anchor) printf(" &%s", anchor);
    if (tag) printf(" <%s>", tag);
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: libyaml-events FILE\n"); return 2; }
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 2; }
    static unsigned char buffer[1 << 20];
    size_t length = fread(buffer, 1, sizeof buffer, f);
    fclose(f);

    yaml_parser_t parser;
    yaml_event_t event;
    if (!yaml_parser_initialize(&parser)) return 2;
    yaml_parser_set_input_string(&parser, buffer, length);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            printf("ERROR %s\n", parser.problem ? parser.problem : "unknown");
            yaml_parser_delete(&parser);
            return 1;
        }
        yaml_event_type_t type = event.type;
        switch (type) {
        case YAML_STREAM_START_EVENT: puts("+STR"); break;
        case YAML_STREAM_END_EVENT: puts("-STR"); break;
        case YAML_DOCUMENT_START_EVENT:
            puts(event.data.document_start.implicit ? "+DOC" : "+DOC ---"); break;
        case YAML_DOCUMENT_END_EVENT:
            puts(event.data.document_end.implicit ? "-DOC" : "-DOC ..."); break;
        case YAML_MAPPING_START_EVENT:
            fputs(event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE ? "+MAP {}" : "+MAP", stdout);
            print_props(event.data.mapping_start.anchor, event.data.mapping_start.tag);
            putchar('\n'); break;
        case YAML_MAPPING_END_EVENT: puts("-MAP"); break;
        case YAML_SEQUENCE_START_EVENT:
            fputs(event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE ? "+SEQ []" : "+SEQ", stdout);
            print_props(event.data.sequence_start.anchor, event.data.sequence_start.tag);
            putchar('\n'); break;
        case YAML_SEQUENCE_END_EVENT: puts("-SEQ"); break;
        case YAML_ALIAS_EVENT: printf("=ALI *%s\n", event.data.alias.anchor); break;
        case YAML_SCALAR_EVENT: {
            fputs("=VAL", stdout);
            print_props(event.data.scalar.anchor, event.data.scalar.tag);
            char style = ':';
            switch (event.data.scalar.style) {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = '\''; break;
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = '"'; break;
            case YAML_LITERAL_SCALAR_STYLE: style = '|'; break;
            case YAML_FOLDED_SCALAR_STYLE: style = '>'; break;
            default: break;
            }
            printf(" %c", style);
            print_text(event.data.scalar.value, event.data.scalar.length);
            putchar('\n');
            break;
        }
        default: break;
        }
        yaml_event_delete(&event);
        if (type == YAML_STREAM_END_EVENT) break;
    }
    yaml_parser_delete(&parser);
    return 0;
}
