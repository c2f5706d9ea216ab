import { describe, expect, it } from "vitest";
import { routeOf } from "./routes.ts";

describe("routeOf", () => {
  it("reads every page from its path", () => {
    expect(routeOf("/")).toEqual({ page: "landing" });
    expect(routeOf("/map/")).toEqual({ page: "map" });
    expect(routeOf("/join/k7qm4x")).toEqual({ page: "join", code: "K7QM4X" });
    expect(routeOf("/play/tbl_abc-1")).toEqual({ page: "play", tableId: "tbl_abc-1" });
    expect(routeOf("/somewhere/else")).toEqual({ page: "not-found" });
  });

  it("reads a watch link: the table and its key (#21, item 2)", () => {
    expect(routeOf("/watch/tbl_abc/K3y_-x")).toEqual({ page: "watch", tableId: "tbl_abc", key: "K3y_-x" });
    expect(routeOf("/watch/tbl_abc")).toEqual({ page: "not-found" });
  });

  it("reads a link that does not decode as not found (#18: /play/%ZZ left a blank page)", () => {
    expect(routeOf("/play/%ZZ")).toEqual({ page: "not-found" });
    expect(routeOf("/join/%E0%A4%A")).toEqual({ page: "not-found" });
  });
});
