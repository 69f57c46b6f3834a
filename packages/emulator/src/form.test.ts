import { describe, expect, it } from "vitest";
import { parseForm } from "./form.js";

describe("parseForm", () => {
  it("nests bracketed keys into objects and indexed arrays", () => {
    expect(
      parseForm(
        "event=activity&author%5Bname%5D=Ann+Lee&thread[title]=Build+%231&thread[fields][1][label]=B&thread[fields][0][label]=A&thread[fields][0][value]=1&thread[fields][1][value]=2",
      ),
    ).toEqual({
      event: "activity",
      author: { name: "Ann Lee" },
      thread: {
        title: "Build #1",
        fields: [
          { label: "A", value: "1" },
          { label: "B", value: "2" },
        ],
      },
    });
  });

  it("appends with [] and starts a new element when a key repeats", () => {
    expect(
      parseForm("tags[]=a&tags[]=b&f[][label]=x&f[][value]=1&f[][label]=y&f[][value]=2"),
    ).toEqual({
      tags: ["a", "b"],
      f: [
        { label: "x", value: "1" },
        { label: "y", value: "2" },
      ],
    });
  });

  it("keeps keys that name Object members as plain keys and changes nothing global", () => {
    const parsed = parseForm(
      "__proto__[polluted]=1&a[constructor][prototype][x]=1&hasOwnProperty[call]=1&toString[name]=x&ok=1",
    );
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(["__proto__", "a", "hasOwnProperty", "toString", "ok"]);
    expect(Object.getOwnPropertyDescriptor(parsed, "__proto__")?.value).toEqual({ polluted: "1" });
    expect(JSON.stringify(parsed)).toBe(
      '{"__proto__":{"polluted":"1"},"a":{"constructor":{"prototype":{"x":"1"}}},"hasOwnProperty":{"call":"1"},"toString":{"name":"x"},"ok":"1"}',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call).toBe(Function.prototype.call);
    expect(Object.prototype.toString.name).toBe("toString");
  });
});
